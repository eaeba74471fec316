package org.zhanqun.cms.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhanqun.cms.testing.ApiResponseAssert.assertThat;
import static org.zhanqun.cms.testing.JsonBody.object;
import static org.zhanqun.cms.testing.JsonBody.with;
import static org.zhanqun.cms.testing.JsonBody.without;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhanqun.cms.testing.ApiClient;
import org.zhanqun.cms.testing.ApiResponse;
import org.zhanqun.cms.testing.DemoUser;
import org.zhanqun.cms.testing.TestDeployment;
import org.zhanqun.cms.testing.Unique;
import org.zhanqun.cms.testing.ZhanqunIT;

@ZhanqunIT
class SitesResourceIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TestDeployment.war();
  }

  @ArquillianResource URL base;

  private ApiClient anonymous;
  private ApiClient admin;

  @BeforeEach
  void logIn() {
    anonymous = ApiClient.anonymous(base);
    admin = anonymous.as(DemoUser.ADMIN);
  }

  @Test
  void administratorCreatesChangesAndDeletesASite() {
    String id = Unique.siteId();

    ApiResponse created = admin.post("sites", siteRequest(id));
    assertThat(created).hasStatus(201);
    assertThat(created.header("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/sites/" + id));
    assertThat(created.json().getString("id")).isEqualTo(id);
    assertThat(created.json().getJsonObject("names").getString("zh-CN")).isEqualTo("测试局 " + id);
    int version = created.version();

    ApiResponse changed =
        admin.put(
            "sites/" + id,
            with(
                siteRequest(id),
                "names",
                Map.of("zh-CN", "更名后的测试局", "en", "Renamed Test Bureau"),
                "languages",
                List.of("zh-CN", "en"),
                "version",
                version));
    assertThat(changed).hasStatus(200);
    assertThat(changed.json().getJsonObject("names").getString("en"))
        .isEqualTo("Renamed Test Bureau");
    assertThat(changed.version()).isEqualTo(version + 1);
    assertThat(anonymous.get("sites/" + id).json().getJsonArray("languages").getString(1))
        .isEqualTo("en");

    assertThat(admin.delete("sites/" + id)).hasStatus(204);
    ApiResponse gone = anonymous.get("sites/" + id);
    assertThat(gone).hasStatus(404).hasErrorOn("site");
    assertThat(anonymous.get("sites").array().getValuesAs(JsonObject.class))
        .extracting(site -> site.getString("id"))
        .doesNotContain(id);
  }

  @Test
  void refusesASiteIdThatIsTaken() {
    ApiResponse taken = admin.post("sites", with(siteRequest(Unique.siteId()), "id", "fgw"));

    assertThat(taken).hasStatus(409).hasErrorOn("id");
    assertThat(taken.json().getString("message")).contains("fgw");
    assertThat(anonymous.get("sites/fgw").json().getString("department")).isEqualTo("长春市发展和改革委员会");
  }

  @Test
  void refusesAPathAnotherSiteUses() {
    ApiResponse taken = admin.post("sites", with(siteRequest(Unique.siteId()), "path", "jyj/"));

    assertThat(taken).hasStatus(400).hasErrorOn("path");
    assertThat(taken.json().getJsonArray("errors").getJsonObject(0).getString("reason"))
        .contains("jyj");
  }

  @Test
  void requiresTheVersionReadWhenChangingASite() {
    String id = createSite();

    ApiResponse withoutVersion = admin.put("sites/" + id, siteRequest(id));

    assertThat(withoutVersion).hasStatus(400).hasErrorOn("version");
  }

  @Test
  void refusesAStaleSiteVersionAndShowsTheCurrentSite() {
    String id = createSite();
    int read = anonymous.get("sites/" + id).version();
    assertThat(
            admin.put("sites/" + id, with(siteRequest(id), "department", "第一次修改", "version", read)))
        .hasStatus(200);

    ApiResponse stale =
        admin.put("sites/" + id, with(siteRequest(id), "department", "第二次修改", "version", read));

    assertThat(stale).hasStatus(409).hasErrorOn("version");
    JsonObject current = stale.json().getJsonObject("current");
    assertThat(current.getInt("version")).isEqualTo(read + 1);
    assertThat(current.getString("department")).isEqualTo("第一次修改");
    assertThat(anonymous.get("sites/" + id).json().getString("department")).isEqualTo("第一次修改");
  }

  @Test
  void onlyAdministratorsCreateSites() {
    String id = Unique.siteId();

    ApiResponse refused = anonymous.as(DemoUser.REVIEWER_FGW).post("sites", siteRequest(id));

    assertThat(refused).hasStatus(403);
    assertThat(refused.json().getString("message")).contains("reviewer.fgw");
    assertThat(anonymous.get("sites/" + id)).hasStatus(404);
  }

  @Test
  void refusesToDeleteASiteThatStillHasColumns() {
    String id = createSite();
    assertThat(admin.post("sites/" + id + "/columns", columnRequest("news", "dynamic", "news")))
        .hasStatus(201);

    ApiResponse refused = admin.delete("sites/" + id);

    assertThat(refused).hasStatus(409).hasErrorOn("site");
    assertThat(anonymous.get("sites/" + id)).hasStatus(200);
  }

  @Test
  void listsTheDemoSitesColumnTreeInOrderWithCategoriesAndLimits() {
    ApiResponse tree = anonymous.get("sites/fgw/columns");

    assertThat(tree).hasStatus(200);
    List<JsonObject> columns = tree.array().getValuesAs(JsonObject.class);
    assertThat(columns)
        .extracting(c -> c.getString("code"))
        .as("the demo columns, in order; an import of content/ (ExchangeIT) adds others")
        .containsSubsequence(
            "news", "notice", "policy", "interpretation", "guide", "forms", "about");
    JsonObject news = columns.get(0);
    assertThat(news.getString("category")).isEqualTo("dynamic");
    assertThat(news.getString("updateLimit")).isEqualTo("P14D");
    assertThat(news.getJsonObject("names").getString("zh-CN")).isEqualTo("工作动态");
    assertThat(news.getJsonArray("types").getString(0)).isEqualTo("news");
    JsonObject guide =
        columns.stream().filter(c -> c.getString("code").equals("guide")).findFirst().orElseThrow();
    assertThat(guide.containsKey("updateLimit")).as("a guide column has no limit").isFalse();
  }

  @Test
  void showsSubColumnsAsChildrenInTheTree() {
    String id = createSite();
    long parent =
        admin.post("sites/" + id + "/columns", columnRequest("policies", "policy", "policy")).id();
    ApiResponse child =
        admin.post(
            "sites/" + id + "/columns",
            with(columnRequest("normative", "policy", "policy"), "parentId", parent));
    assertThat(child).hasStatus(201);
    assertThat(child.json().getJsonNumber("parentId").longValue()).isEqualTo(parent);

    List<JsonObject> tree =
        anonymous.get("sites/" + id + "/columns").array().getValuesAs(JsonObject.class);

    assertThat(tree).extracting(c -> c.getString("code")).containsExactly("policies");
    assertThat(tree.get(0).getJsonArray("children").getValuesAs(JsonObject.class))
        .extracting(c -> c.getString("code"))
        .containsExactly("normative");
  }

  @Test
  void changesAColumnWithTheVersionRead() {
    String id = createSite();
    ApiResponse created =
        admin.post("sites/" + id + "/columns", columnRequest("notice", "notice", "news"));

    ApiResponse changed =
        admin.put(
            "sites/" + id + "/columns/" + created.id(),
            with(
                without(columnRequest("notice", "notice", "news"), "code"),
                "names",
                Map.of("zh-CN", "公示公告"),
                "version",
                created.version()));

    assertThat(changed).hasStatus(200);
    assertThat(changed.json().getJsonObject("names").getString("zh-CN")).isEqualTo("公示公告");
    assertThat(changed.version()).isEqualTo(created.version() + 1);
  }

  @Test
  void rejectsAColumnWithAnUnknownCategory() {
    String id = createSite();

    ApiResponse refused =
        admin.post("sites/" + id + "/columns", columnRequest("misc", "miscellaneous", "news"));

    assertThat(refused).hasStatus(400).hasErrorOn("category");
    assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("reason"))
        .contains("miscellaneous")
        .contains("dynamic");
    assertThat(anonymous.get("sites/" + id + "/columns").array()).isEmpty();
  }

  @Test
  void rejectsAColumnWithAnUnknownContentType() {
    String id = createSite();

    ApiResponse refused =
        admin.post("sites/" + id + "/columns", columnRequest("videos", "dynamic", "video"));

    assertThat(refused).hasStatus(400).hasErrorOn("types");
  }

  @Test
  void refusesAColumnCodeTheSiteHasAlready() {
    String id = createSite();
    admin.post("sites/" + id + "/columns", columnRequest("news", "dynamic", "news"));

    ApiResponse duplicate =
        admin.post("sites/" + id + "/columns", columnRequest("news", "notice", "news"));

    assertThat(duplicate).hasStatus(409).hasErrorOn("code");
    assertThat(anonymous.get("sites/" + id + "/columns").array()).hasSize(1);
  }

  @Test
  void letsTheSitesReviewerButNotItsEditorManageColumns() {
    ApiClient reviewer = anonymous.as(DemoUser.REVIEWER_JYJ);
    ApiClient editor = anonymous.as(DemoUser.EDITOR_JYJ);
    String code = Unique.slug("topic");

    ApiResponse byEditor = editor.post("sites/jyj/columns", columnRequest(code, "special", "news"));
    ApiResponse byReviewer =
        reviewer.post("sites/jyj/columns", columnRequest(code, "special", "news"));

    assertThat(byEditor).hasStatus(403);
    assertThat(byReviewer).hasStatus(201);
    assertThat(reviewer.delete("sites/jyj/columns/" + byReviewer.id())).hasStatus(204);
  }

  private String createSite() {
    String id = Unique.siteId();
    assertThat(admin.post("sites", siteRequest(id))).hasStatus(201);
    return id;
  }

  private static JsonObject siteRequest(String id) {
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
        id + "/",
        "theme",
        "department",
        "languages",
        List.of("zh-CN"));
  }

  private static JsonObject columnRequest(String code, String category, String type) {
    return object(
        "code",
        code,
        "names",
        Map.of("zh-CN", "栏目 " + code),
        "category",
        category,
        "types",
        List.of(type));
  }
}
