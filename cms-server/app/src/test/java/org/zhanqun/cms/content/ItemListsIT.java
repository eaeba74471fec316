package org.zhanqun.cms.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhanqun.cms.testing.ApiResponseAssert.assertThat;
import static org.zhanqun.cms.testing.JsonBody.object;
import static org.zhanqun.cms.testing.JsonBody.with;

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
import org.zhanqun.cms.testing.ItemRequests;
import org.zhanqun.cms.testing.TestDeployment;
import org.zhanqun.cms.testing.Unique;
import org.zhanqun.cms.testing.WorkflowSteps;
import org.zhanqun.cms.testing.ZhanqunIT;

/**
 * Lists of items with paging, filters and sorting. Each test works on a site of its own, with an
 * editor (also its reviewer) of its own, so that it knows every item the list can show.
 */
@ZhanqunIT
class ItemListsIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TestDeployment.war();
  }

  @ArquillianResource URL base;

  private ApiClient anonymous;
  private String site;
  private ApiClient editor;
  private long news;
  private long policies;

  @BeforeEach
  void createSiteWithItsOwnEditor() {
    anonymous = ApiClient.anonymous(base);
    ApiClient admin = anonymous.as(DemoUser.ADMIN);
    site = Unique.siteId();
    assertThat(
            admin.post(
                "sites",
                object(
                    "id",
                    site,
                    "kind",
                    "department",
                    "names",
                    Map.of("zh-CN", "列表测试局", "en", "List Test Bureau"),
                    "department",
                    "列表测试局",
                    "path",
                    site + "/",
                    "theme",
                    "department",
                    "languages",
                    List.of("zh-CN", "en"))))
        .hasStatus(201);
    news = column(admin, "news", "dynamic", "news");
    policies = column(admin, "policy", "policy", "policy");
    String username = "editor." + site;
    String password = "password-" + site;
    assertThat(
            admin.post(
                "users",
                object(
                    "username",
                    username,
                    "password",
                    password,
                    "displayName",
                    "编辑 " + site,
                    "sites",
                    List.of(
                        Map.of("site", site, "role", "EDITOR"),
                        Map.of("site", site, "role", "REVIEWER")))))
        .hasStatus(201);
    editor = anonymous.as(username, password);
  }

  @Test
  void pagesThroughTheItemsOfASite() {
    for (int i = 1; i <= 5; i++) {
      create(ItemRequests.news(site, news, "新闻 " + i));
    }

    ApiResponse first = editor.get("items?site=" + site + "&size=2&page=1");
    ApiResponse last = editor.get("items?site=" + site + "&size=2&page=3");
    ApiResponse beyond = editor.get("items?site=" + site + "&size=2&page=4");

    assertThat(first).hasStatus(200);
    assertThat(first.items()).hasSize(2);
    assertThat(first.json().getInt("page")).isEqualTo(1);
    assertThat(first.json().getInt("size")).isEqualTo(2);
    assertThat(first.json().getJsonNumber("total").longValue()).isEqualTo(5);
    assertThat(last.items()).hasSize(1);
    assertThat(beyond.items()).isEmpty();
    assertThat(beyond.json().getJsonNumber("total").longValue()).isEqualTo(5);
  }

  @Test
  void listsTheNewestChangeFirstByDefault() {
    long older = create(ItemRequests.news(site, news, "较早的新闻"));
    long newer = create(ItemRequests.news(site, news, "较新的新闻"));

    assertThat(ids(editor.get("items?site=" + site))).containsExactly(newer, older);
  }

  @Test
  void filtersByColumnTypeLanguageAndStatus() {
    long chinese = create(ItemRequests.news(site, news, "中文新闻"));
    long english = create(with(ItemRequests.news(site, news, "English news"), "language", "en"));
    long policy = create(ItemRequests.policy(site, policies, "政策文件", Unique.indexNo()));
    assertThat(editor.post("items/" + chinese + "/workflow/submit")).hasStatus(200);
    String ofSite = "items?site=" + site;

    assertThat(ids(editor.get(ofSite + "&column=" + news))).containsOnly(chinese, english);
    assertThat(ids(editor.get(ofSite + "&type=policy"))).containsExactly(policy);
    assertThat(ids(editor.get(ofSite + "&language=en"))).containsExactly(english);
    assertThat(ids(editor.get(ofSite + "&status=in_review"))).containsExactly(chinese);
    assertThat(ids(editor.get(ofSite + "&type=news&language=zh-CN&status=draft"))).isEmpty();
    assertThat(ids(editor.get(ofSite + "&status=draft"))).containsOnly(english, policy);
  }

  @Test
  void filtersByTheTimeOfTheLastChange() {
    long before = create(ItemRequests.news(site, news, "之前的新闻"));
    long after = create(ItemRequests.news(site, news, "之后的新闻"));
    String since = editor.get("items/" + after).json().getString("updatedAt");

    ApiResponse changed = editor.get("items?site=" + site + "&updatedSince=" + since);

    assertThat(changed).hasStatus(200);
    assertThat(ids(changed)).containsExactly(after).doesNotContain(before);
  }

  @Test
  void sortsByTitleInBothDirections() {
    create(ItemRequests.news(site, news, "Charlie"));
    create(ItemRequests.news(site, news, "alpha"));
    create(ItemRequests.news(site, news, "Bravo"));

    assertThat(titles(editor.get("items?site=" + site + "&sort=title,asc")))
        .containsExactly("alpha", "Bravo", "Charlie");
    assertThat(titles(editor.get("items?site=" + site + "&sort=title,desc")))
        .containsExactly("Charlie", "Bravo", "alpha");
  }

  @Test
  void listsOnlyPublishedItemsForThePublic() {
    long draft = create(ItemRequests.news(site, news, "草稿"));
    long published = create(ItemRequests.news(site, news, "已发布的新闻"));
    WorkflowSteps.publish(editor, editor, published);

    ApiResponse list = anonymous.get("public/items?site=" + site);

    assertThat(list).hasStatus(200);
    assertThat(ids(list)).containsExactly(published).doesNotContain(draft);
    assertThat(list.items().get(0).getString("title")).isEqualTo("已发布的新闻");
  }

  @Test
  void refusesToListASiteTheEditorMayNotRead() {
    ApiResponse refused = editor.get("items?site=fgw");

    assertThat(refused).hasStatus(403);
    assertThat(refused.json().getString("message")).contains("fgw");
  }

  @Test
  void listsOnlyTheEditorsOwnSitesWithoutASiteFilter() {
    create(ItemRequests.news(site, news, "本站新闻"));

    ApiResponse all = editor.get("items?size=100");

    assertThat(all).hasStatus(200);
    assertThat(all.items())
        .isNotEmpty()
        .allSatisfy(item -> assertThat(item.getString("site")).isEqualTo(site));
  }

  private long create(JsonObject request) {
    return WorkflowSteps.create(editor, request).getJsonNumber("id").longValue();
  }

  private long column(ApiClient admin, String code, String category, String type) {
    ApiResponse created =
        admin.post(
            "sites/" + site + "/columns",
            object(
                "code",
                code,
                "names",
                Map.of("zh-CN", "栏目 " + code),
                "category",
                category,
                "types",
                List.of(type)));
    assertThat(created).hasStatus(201);
    return created.id();
  }

  private static List<Long> ids(ApiResponse list) {
    assertThat(list).hasStatus(200);
    return list.items().stream().map(item -> item.getJsonNumber("id").longValue()).toList();
  }

  private static List<String> titles(ApiResponse list) {
    assertThat(list).hasStatus(200);
    return list.items().stream().map(item -> item.getString("title")).toList();
  }
}
