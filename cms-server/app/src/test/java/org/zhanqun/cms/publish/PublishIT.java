package org.zhanqun.cms.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.zhanqun.cms.testing.ApiResponseAssert.assertThat;
import static org.zhanqun.cms.testing.JsonBody.with;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
import java.time.Duration;
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

/** Publishing and withdrawing through the API changes the static cluster on disk. */
@ZhanqunIT
class PublishIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TestDeployment.war();
  }

  @ArquillianResource URL base;

  private ApiClient anonymous;
  private ApiClient editor;
  private ApiClient reviewer;
  private ApiClient admin;

  @BeforeEach
  void logIn() {
    anonymous = ApiClient.anonymous(base);
    editor = anonymous.as(DemoUser.EDITOR_FGW);
    reviewer = anonymous.as(DemoUser.REVIEWER_FGW);
    admin = anonymous.as(DemoUser.ADMIN);
  }

  @Test
  void aPublishedItemGetsItsPageAndAppearsInItsListFeedAndSitemap() {
    String title = Unique.text("发布测试");
    JsonObject item = publishNews(title);
    String slug = item.getString("slug");

    String page = PublishedSite.awaitContaining("fgw/news/" + slug + ".html", title);

    assertThat(page).contains("<html lang=\"zh-CN\"");
    // a run that changes a few files replaces each atomically, one after the other
    PublishedSite.awaitContaining("fgw/news/index.html", title);
    PublishedSite.awaitContaining("fgw/atom.xml", title);
    PublishedSite.awaitContaining("sitemaps/fgw.xml", "/fgw/news/" + slug + ".html");
    ApiResponse served = anonymous.getFromServerRoot(base.getPath() + "fgw/news/" + slug + ".html");
    assertThat(served).hasStatus(200);
    assertThat(served.text()).contains(title);
  }

  @Test
  void aWithdrawnItemIsGoneFromItsPageListAndFeed() {
    String title = Unique.text("撤回测试");
    JsonObject item = publishNews(title);
    String path = "fgw/news/" + item.getString("slug") + ".html";
    PublishedSite.awaitContaining(path, title);

    assertThat(
            reviewer.post(
                "items/" + item.getInt("id") + "/workflow/withdraw",
                JsonBody.object("comment", "内容有误")))
        .hasStatus(200);

    PublishedSite.awaitGone(path);
    PublishedSite.awaitFile("fgw/news/index.html", text -> text != null && !text.contains(title));
    PublishedSite.awaitFile("fgw/atom.xml", text -> text != null && !text.contains(title));
    assertThat(anonymous.getFromServerRoot(base.getPath() + path)).hasStatus(404);
  }

  @Test
  void aPublishedTranslationGetsHreflangLinksOnBothSides() {
    String key = Unique.slug("bilingual");
    JsonObject chinese =
        WorkflowSteps.createPublished(
            editor,
            reviewer,
            with(ItemRequests.news("fgw", column(), Unique.text("双语")), "translationKey", key));
    String chinesePath = "fgw/news/" + chinese.getString("slug") + ".html";
    PublishedSite.awaitContaining(chinesePath, chinese.getString("title"));

    JsonObject english =
        WorkflowSteps.createPublished(
            editor,
            reviewer,
            with(
                ItemRequests.news("fgw", column(), "Bilingual notice"),
                "language",
                "en",
                "translationKey",
                key));
    String englishPath = "fgw/en/news/" + english.getString("slug") + ".html";

    PublishedSite.awaitContaining(englishPath, "Bilingual notice");
    String chinesePage = PublishedSite.awaitContaining(chinesePath, "hreflang=\"en\"");
    assertThat(chinesePage).contains("/fgw/en/news/" + english.getString("slug") + ".html");
    assertThat(PublishedSite.read(englishPath))
        .contains("hreflang=\"zh-CN\"")
        .contains("/fgw/news/" + chinese.getString("slug") + ".html");
  }

  @Test
  void aPublishedInterpretationIsLinkedFromThePolicyPage() {
    JsonObject policy = publishPolicy();
    String policyPath = "fgw/policy/" + policy.getString("slug") + ".html";
    PublishedSite.awaitContaining(policyPath, policy.getString("title"));

    JsonObject interpretation = publishInterpretationOf(policy);

    PublishedSite.awaitContaining(policyPath, interpretation.getString("title"));
  }

  @Test
  void withdrawingAPolicyUnpublishesItsOnlyInterpretationAndAFullRunThenFindsNothingToChange() {
    JsonObject policy = publishPolicy();
    JsonObject interpretation = publishInterpretationOf(policy);
    String policyPath = "fgw/policy/" + policy.getString("slug") + ".html";
    String interpretationPath = "fgw/interpretation/" + interpretation.getString("slug") + ".html";
    PublishedSite.awaitContaining(interpretationPath, policy.getString("title"));

    assertThat(
            reviewer.post(
                "items/" + policy.getInt("id") + "/workflow/withdraw",
                JsonBody.object("comment", "已废止")))
        .hasStatus(200);

    // the interpretation did not change, but what it refers to did: an interpretation of no
    // published policy is not published (docs/publishing.md)
    PublishedSite.awaitGone(policyPath);
    PublishedSite.awaitGone(interpretationPath);
    // runs after the first read only the changed items; a full run reads everything again and
    // must find the items' pages already equal to it (the channels' monthly figures may have
    // counted letters, and the consultations opinions, that other tests sent since: they follow
    // with the next run that reads interaction)
    JsonObject full = fullRun();
    assertThat(
            full.getJsonArray("changedPaths").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .filter(path -> !path.matches("(.*/)?(letters|consultations)/.*"))
                .toList())
        .as("pages a full run re-rendered")
        .isEmpty();
    assertThat(full.getInt("removed"))
        .as("pages a full run removed: %s", full.get("changedPaths"))
        .isZero();
  }

  /** A full run, asked again while another run holds the output (409). */
  private JsonObject fullRun() {
    ApiResponse response =
        await("a full run, not refused because another run is in progress")
            .atMost(Duration.ofSeconds(30))
            .pollInterval(Duration.ofMillis(100))
            .until(() -> admin.post("publish/full", JsonBody.object()), r -> r.status() != 409);
    assertThat(response).hasStatus(200);
    return response.json();
  }

  @Test
  void thePublishLogShowsWhatARunPublishedToAdministratorsOnly() {
    String title = Unique.text("日志测试");
    JsonObject item = publishNews(title);
    PublishedSite.awaitContaining("fgw/news/" + item.getString("slug") + ".html", title);

    // the page is on disk a moment before the run's log entry commits
    ApiResponse runs =
        await("the run's log entry")
            .atMost(Duration.ofSeconds(30))
            .pollInterval(Duration.ofMillis(100))
            .until(
                () -> admin.get("publish/runs?size=50"),
                r -> r.text().contains("fgw/news/" + item.getString("slug") + ".html"));

    assertThat(runs).hasStatus(200);
    assertThat(runs.text())
        .contains("\"trigger\":\"outbox\"")
        .contains("fgw/news/" + item.getString("slug") + ".html");
    assertThat(editor.get("publish/runs")).hasStatus(403);
    assertThat(anonymous.get("publish/runs")).hasStatus(401);
  }

  private JsonObject publishPolicy() {
    return WorkflowSteps.createPublished(
        editor,
        reviewer,
        ItemRequests.policy(
            "fgw", editor.columnId("fgw", "policy"), Unique.text("政策"), Unique.indexNo()));
  }

  private JsonObject publishInterpretationOf(JsonObject policy) {
    return WorkflowSteps.createPublished(
        editor,
        reviewer,
        ItemRequests.interpretation(
            "fgw",
            editor.columnId("fgw", "interpretation"),
            Unique.text("解读"),
            policy.getJsonNumber("id").longValue()));
  }

  private JsonObject publishNews(String title) {
    return WorkflowSteps.createPublished(
        editor, reviewer, ItemRequests.news("fgw", column(), title));
  }

  private long column() {
    return editor.columnId("fgw", "news");
  }
}
