package org.zhanqun.cms.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.zhanqun.cms.testing.ApiResponseAssert.assertThat;
import static org.zhanqun.cms.testing.JsonBody.object;
import static org.zhanqun.cms.testing.JsonBody.with;

import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhanqun.cms.testing.ApiClient;
import org.zhanqun.cms.testing.ApiResponse;
import org.zhanqun.cms.testing.DemoUser;
import org.zhanqun.cms.testing.ItemRequests;
import org.zhanqun.cms.testing.JsonBody;
import org.zhanqun.cms.testing.PublishedSite;
import org.zhanqun.cms.testing.TestDeployment;
import org.zhanqun.cms.testing.Unique;
import org.zhanqun.cms.testing.WorkflowSteps;
import org.zhanqun.cms.testing.ZhanqunIT;

/**
 * One department's item, column or site never stops the cluster's publishing (issue #13): the names
 * the published cluster uses itself are refused where they are saved, and what still cannot be
 * published is left out of a run, reported in the publish log, and the rest publishes.
 */
@ZhanqunIT
class PublishIsolationIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TestDeployment.war();
  }

  @ArquillianResource URL base;

  private ApiClient admin;
  private ApiClient editor;
  private ApiClient reviewer;

  @BeforeEach
  void logIn() {
    ApiClient anonymous = ApiClient.anonymous(base);
    admin = anonymous.as(DemoUser.ADMIN);
    editor = anonymous.as(DemoUser.EDITOR_FGW);
    reviewer = anonymous.as(DemoUser.REVIEWER_FGW);
  }

  @Test
  void anItemWithTheSlugIndexIsRefusedNamingTheSlug() {
    ApiResponse response = editor.post("items", with(news(Unique.text("首页冲突")), "slug", "index"));

    assertThat(response).hasStatus(400).hasErrorOn("slug");
    assertThat(response.text()).contains("reserved");
  }

  @Test
  void aSlugThatAnotherItemsPublishedVersionStillHasIsRefusedAfterTheRename() {
    String slug = Unique.slug("renamed");
    JsonObject first =
        WorkflowSteps.createPublished(editor, reviewer, with(news("改名前"), "slug", slug));
    long firstId = first.getJsonNumber("id").longValue();
    JsonObject current = editor.get("items/" + firstId).json();
    assertThat(
            editor.put(
                "items/" + firstId,
                with(ItemRequests.changeOf(current), "slug", Unique.slug("renamed-draft"))))
        .hasStatus(200);

    ApiResponse second =
        editor.post(
            "items",
            with(news("抢占旧名"), "slug", slug, "translationKey", Unique.slug("other-group")));

    assertThat(second).hasErrorOn("slug");
    assertThat(second.status()).isIn(400, 409);
    assertThat(second.text()).contains("published version of item " + firstId);
  }

  @Test
  void aColumnCodeThatIsALanguageFolderIsRefusedNamingTheCode() {
    assertThat(admin.post("sites/portal/columns", column("en"))).hasStatus(400).hasErrorOn("code");
    assertThat(admin.post("sites/fgw/columns", column("assets"))).hasStatus(400).hasErrorOn("code");
  }

  @Test
  void theWebConsolesFolderAdminIsRefusedAsSitePathAndColumnCode() {
    ApiResponse site = admin.post("sites", site(Unique.siteId(), "admin/", "department"));
    assertThat(site).hasStatus(400).hasErrorOn("path");
    assertThat(site.text()).contains("'admin' is reserved");

    ApiResponse portalColumn = admin.post("sites/portal/columns", column("admin"));
    assertThat(portalColumn).hasStatus(400).hasErrorOn("code");
    assertThat(portalColumn.text()).contains("'admin' is reserved");
  }

  @Test
  void aPortalColumnWhereADepartmentSiteIsPublishedIsRefusedAndViceVersa() {
    ApiResponse column = admin.post("sites/portal/columns", column("fgw"));
    assertThat(column).hasStatus(400).hasErrorOn("code");
    assertThat(column.text()).contains("site fgw");

    ApiResponse site = admin.post("sites", site(Unique.siteId(), "news/", "department"));
    assertThat(site).hasStatus(400).hasErrorOn("path");
    assertThat(site.text()).contains("portal/news");
  }

  @Test
  void aSiteWithAThemeTheTemplatesDoNotHaveIsRefusedNamingTheTheme() {
    String id = Unique.siteId();
    ApiResponse response = admin.post("sites", site(id, id + "/", "nowhere"));

    assertThat(response).hasStatus(400).hasErrorOn("theme");
    assertThat(response.text()).contains("department").contains("portal");
    assertThat(admin.get("sites/" + id)).hasStatus(404);
  }

  @Test
  void aLanguageWhoseFolderIsAColumnCodeCannotBeAddedToTheCluster() {
    assertThat(admin.post("sites/fgw/columns", column("fr"))).hasStatus(201);
    JsonObject cluster = admin.get("cluster").json();
    List<String> languages =
        new java.util.ArrayList<>(
            cluster.getJsonArray("languages").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString)
                .toList());
    languages.add("fr");

    ApiResponse response =
        admin.put("cluster", JsonBody.without(with(cluster, "languages", languages), "id"));

    assertThat(response).hasStatus(400).hasErrorOn("languages");
    assertThat(response.text()).contains("fgw/fr");
  }

  @Test
  void aColumnWithAPublishedItemCannotBeDeleted() {
    String code = "c" + Unique.slug("x").replace("-", "").substring(0, 8);
    long columnId =
        admin.post("sites/fgw/columns", column(code)).json().getJsonNumber("id").longValue();
    WorkflowSteps.createPublished(
        editor, reviewer, ItemRequests.news("fgw", columnId, Unique.text("栏目删除")));

    ApiResponse response = admin.delete("sites/fgw/columns/" + columnId);

    assertThat(response).hasStatus(409).hasErrorOn("column");
    assertThat(response.text()).contains(code).contains("1 of them published");
  }

  @Test
  void aLiveItemThatCannotBePublishedIsLeftOutAndReportedAndOtherSitesPublish() throws Exception {
    JsonObject clashing = WorkflowSteps.createPublished(editor, reviewer, news("将被破坏的稿件"));
    long clashingId = clashing.getJsonNumber("id").longValue();
    PublishedSite.awaitContaining(
        "fgw/news/" + clashing.getString("slug") + ".html", clashing.getString("title"));
    // what validation now refuses, as data saved before it (or by hand) may still hold it
    try (Connection db = database();
        PreparedStatement update =
            db.prepareStatement(
                "UPDATE content_item SET live_content = JSON_SET(live_content, '$.slug', 'index')"
                    + " WHERE id = ?");
        PreparedStatement outbox =
            db.prepareStatement(
                "INSERT INTO publish_outbox (item_id, reason, created_at)"
                    + " VALUES (?, 'publish', NOW(6))")) {
      update.setLong(1, clashingId);
      assertThat(update.executeUpdate()).isEqualTo(1);
      outbox.setLong(1, clashingId);
      outbox.executeUpdate();
    }
    ApiClient jyjEditor = admin.as(DemoUser.EDITOR_JYJ);
    ApiClient jyjReviewer = admin.as(DemoUser.REVIEWER_JYJ);
    String title = Unique.text("教育局照常发布");
    JsonObject other =
        WorkflowSteps.createPublished(
            jyjEditor,
            jyjReviewer,
            ItemRequests.news("jyj", jyjEditor.columnId("jyj", "news"), title));

    PublishedSite.awaitContaining("jyj/news/" + other.getString("slug") + ".html", title);
    PublishedSite.awaitFile(
        "fgw/news/index.html", text -> text != null && !text.contains("将被破坏的稿件"));
    assertThat(PublishedSite.read("fgw/news/index.html")).contains("<html");
    JsonObject run = awaitRunWithProblemOf(clashingId);
    assertThat(run.getString("outcome")).isEqualTo("published");
    assertThat(run.toString()).contains("fgw/news/index.html").contains("two outputs");
    // the broken item must not stay live for other tests: an export would carry it
    assertThat(
            reviewer.post(
                "items/" + clashingId + "/workflow/withdraw", JsonBody.object("comment", "测试结束")))
        .hasStatus(200);
  }

  @Test
  void publishingAndWithdrawingDoNotWaitForARunThatHoldsThePublishingLock() throws Exception {
    JsonObject live = WorkflowSteps.createPublished(editor, reviewer, news("待撤回"));
    PublishedSite.awaitContaining(
        "fgw/news/" + live.getString("slug") + ".html", live.getString("title"));
    try (Connection run = database()) {
      // what a run of another instance holds for the whole of its build
      assertThat(scalar(run, "SELECT GET_LOCK('" + PublishRepository.LOCK_NAME + "', 10)"))
          .isEqualTo(1);
      // both answer while the lock is held: a call that waited for it would not be done in time
      JsonObject published =
          CompletableFuture.supplyAsync(
                  () -> {
                    JsonObject created =
                        WorkflowSteps.createPublished(editor, reviewer, news("锁期间发布"));
                    assertThat(
                            reviewer.post(
                                "items/" + live.getInt("id") + "/workflow/withdraw",
                                JsonBody.object("comment", "撤回")))
                        .hasStatus(200);
                    return created;
                  })
              .get(20, TimeUnit.SECONDS);
      try (Connection other = database()) {
        // committed, and waiting for the run to finish
        assertThat(
                scalar(
                    other,
                    "SELECT COUNT(*) FROM publish_outbox WHERE item_id IN ("
                        + published.getInt("id")
                        + ", "
                        + live.getInt("id")
                        + ")"))
            .isGreaterThanOrEqualTo(2);
      }
      assertThat(PublishedSite.root().resolve("fgw/news/" + published.getString("slug") + ".html"))
          .doesNotExist();
      scalar(run, "SELECT RELEASE_LOCK('" + PublishRepository.LOCK_NAME + "')");
      PublishedSite.awaitContaining(
          "fgw/news/" + published.getString("slug") + ".html", published.getString("title"));
      PublishedSite.awaitGone("fgw/news/" + live.getString("slug") + ".html");
    }
  }

  // ---- helpers

  private JsonObject awaitRunWithProblemOf(long itemId) {
    return await("a run that reports item " + itemId)
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> runWithProblemOf(itemId), Optional::isPresent)
        .orElseThrow();
  }

  private Optional<JsonObject> runWithProblemOf(long itemId) {
    ApiResponse runs = admin.get("publish/runs?size=20");
    assertThat(runs).hasStatus(200);
    for (JsonObject run : runs.json().getJsonArray("items").getValuesAs(JsonObject.class)) {
      for (JsonObject problem : run.getJsonArray("problems").getValuesAs(JsonObject.class)) {
        if (problem.containsKey("itemId")
            && !problem.isNull("itemId")
            && problem.getJsonNumber("itemId").longValue() == itemId) {
          return Optional.of(run);
        }
      }
    }
    return Optional.empty();
  }

  private JsonObject news(String title) {
    return ItemRequests.news("fgw", editor.columnId("fgw", "news"), Unique.text(title));
  }

  private static JsonObject column(String code) {
    return object(
        "code",
        code,
        "names",
        Map.of("zh-CN", "栏目 " + code),
        "category",
        "dynamic",
        "types",
        List.of("news"),
        // after the demo columns, which other tests expect first
        "position",
        900);
  }

  private static JsonObject site(String id, String path, String theme) {
    return object(
        "id",
        id,
        "kind",
        "department",
        "names",
        Map.of("zh-CN", "测试局 " + id),
        "department",
        "长春市测试局",
        "path",
        path,
        "theme",
        theme,
        "languages",
        List.of("zh-CN"));
  }

  private static Connection database() throws SQLException {
    return DriverManager.getConnection(
        "jdbc:mariadb://127.0.0.1:" + System.getProperty("it.mariadb.port") + "/zhanqun",
        "root",
        "");
  }

  private static long scalar(Connection db, String sql) throws SQLException {
    try (PreparedStatement statement = db.prepareStatement(sql);
        ResultSet result = statement.executeQuery()) {
      result.next();
      return result.getLong(1);
    }
  }
}
