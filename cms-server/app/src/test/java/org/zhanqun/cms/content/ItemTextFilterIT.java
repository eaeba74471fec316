package org.zhanqun.cms.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhanqun.cms.testing.ApiResponseAssert.assertThat;
import static org.zhanqun.cms.testing.JsonBody.object;
import static org.zhanqun.cms.testing.JsonBody.with;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
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
 * The text filter {@code q} of {@code GET /items} over 300 items of a site of its own (seeded once
 * for the class): it finds title, slug, summary, 文号 and 索引号 case-insensitively, combines with the
 * other filters, sorting and paging, and is refused when empty or too long.
 */
@ZhanqunIT
class ItemTextFilterIT {

  private static final int NEWS = 280;
  private static final int POLICIES = 20;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TestDeployment.war();
  }

  @ArquillianResource URL base;

  /** The seeded site, its editor (also its reviewer) and what was created, once for all tests. */
  private static String site;

  private static ApiClient editor;
  private static long newsColumn;
  private static long policyColumn;
  private static final List<Seeded> seeded = new ArrayList<>();

  /** What a test needs to know of a seeded item to predict a list. */
  private record Seeded(
      long id,
      String title,
      String slug,
      String summary,
      String docNo,
      String indexNo,
      String type,
      long column,
      boolean inReview) {

    String text() {
      return String.join(
              "\n",
              title,
              slug,
              summary == null ? "" : summary,
              docNo == null ? "" : docNo,
              indexNo == null ? "" : indexNo)
          .toLowerCase(Locale.ROOT);
    }
  }

  @BeforeEach
  void seedThreeHundredItemsOnce() {
    if (site != null) {
      return;
    }
    ApiClient admin = ApiClient.anonymous(base).as(DemoUser.ADMIN);
    String id = Unique.siteId();
    assertThat(
            admin.post(
                "sites",
                object(
                    "id",
                    id,
                    "kind",
                    "department",
                    "names",
                    Map.of("zh-CN", "检索测试局", "en", "Text Filter Bureau"),
                    "department",
                    "检索测试局",
                    "path",
                    id + "/",
                    "theme",
                    "department",
                    "languages",
                    List.of("zh-CN", "en"))))
        .hasStatus(201);
    newsColumn = column(admin, id, "news", "dynamic", "news");
    policyColumn = column(admin, id, "policy", "policy", "policy");
    assertThat(
            admin.post(
                "users",
                object(
                    "username",
                    "editor." + id,
                    "password",
                    "password-" + id,
                    "displayName",
                    "编辑 " + id,
                    "sites",
                    List.of(
                        Map.of("site", id, "role", "EDITOR"),
                        Map.of("site", id, "role", "REVIEWER")))))
        .hasStatus(201);
    ApiClient client = ApiClient.anonymous(base).as("editor." + id, "password-" + id);
    for (int i = 0; i < NEWS; i++) {
      String title = i % 25 == 0 ? (i % 50 == 0 ? "HARBOUR 报告 " : "Harbour 报告 ") + i : "日常新闻 " + i;
      String slug = "daily-" + i;
      String summary = i % 30 == 0 ? "本期关注：绿色能源 100%_进展 " + i : "摘要 " + i;
      JsonObject created =
          WorkflowSteps.create(
              client,
              with(ItemRequests.news(id, newsColumn, title), "slug", slug, "summary", summary));
      long itemId = created.getJsonNumber("id").longValue();
      boolean submit = i % 75 == 0;
      if (submit) {
        assertThat(client.post("items/" + itemId + "/workflow/submit")).hasStatus(200);
      }
      seeded.add(new Seeded(itemId, title, slug, summary, null, null, "news", newsColumn, submit));
    }
    for (int k = 0; k < POLICIES; k++) {
      String indexNo = Unique.indexNo();
      String docNo = "长检测发〔2025〕" + (k + 1) + "号";
      String slug = "Policy-Special-" + k;
      JsonObject request =
          with(
              ItemRequests.policy(id, policyColumn, "政策文件 " + k, indexNo),
              "slug",
              slug.toLowerCase(Locale.ROOT),
              "policy",
              with(ItemRequests.policyMetadata(indexNo), "docNo", docNo));
      long itemId = WorkflowSteps.create(client, request).getJsonNumber("id").longValue();
      seeded.add(
          new Seeded(
              itemId,
              "政策文件 " + k,
              slug.toLowerCase(Locale.ROOT),
              null,
              docNo,
              indexNo,
              "policy",
              policyColumn,
              false));
    }
    editor = client;
    site = id;
  }

  @Test
  void findsTheTextInTitlesWhateverItsCase() {
    assertThat(ids(list("q=harbour&size=100")))
        .containsExactlyInAnyOrderElementsOf(expected(s -> s.text().contains("harbour")));
    assertThat(ids(list("q=HaRbOuR&size=100"))).hasSize(12);
  }

  @Test
  void findsTheTextInSlugsSummariesDocumentNumbersAndIndexNumbers() {
    assertThat(ids(list("q=POLICY-special&size=100")))
        .containsExactlyInAnyOrderElementsOf(expected(s -> s.type().equals("policy")));
    assertThat(ids(list("q=" + encoded("绿色能源") + "&size=100")))
        .containsExactlyInAnyOrderElementsOf(
            expected(s -> s.summary() != null && s.summary().contains("绿色能源")));
    Seeded policy = seeded.get(NEWS + 7);
    assertThat(ids(list("q=" + encoded("〔2025〕8号")))).containsExactly(policy.id());
    assertThat(ids(list("q=" + encoded(policy.indexNo().substring(19))))).contains(policy.id());
  }

  @Test
  void treatsPercentAndUnderscoreAsPlainCharacters() {
    assertThat(ids(list("q=" + encoded("100%_") + "&size=100")))
        .containsExactlyInAnyOrderElementsOf(
            expected(s -> s.summary() != null && s.summary().contains("100%_")))
        .hasSize(10);
    assertThat(ids(list("q=" + encoded("%")))).isEqualTo(ids(list("q=" + encoded("100%"))));
  }

  @Test
  void combinesTheTextWithTheOtherFilters() {
    assertThat(ids(list("q=harbour&status=in_review&size=100")))
        .containsExactlyInAnyOrderElementsOf(
            expected(s -> s.text().contains("harbour") && s.inReview()));
    assertThat(ids(list("q=harbour&type=policy"))).isEmpty();
    assertThat(ids(list("q=harbour&column=" + policyColumn))).isEmpty();
    assertThat(ids(list("q=harbour&column=" + newsColumn + "&language=zh-CN&size=100")))
        .hasSize(12);
    assertThat(ids(list("q=" + encoded("文件") + "&type=policy&size=100"))).hasSize(POLICIES);
  }

  @Test
  void sortsAndPagesTheMatches() {
    List<Seeded> matches =
        seeded.stream()
            .filter(s -> s.title().startsWith("日常新闻"))
            .sorted(Comparator.comparing(Seeded::id).reversed())
            .toList();

    ApiResponse second = list("q=" + encoded("日常新闻") + "&size=50&page=2&sort=id,desc");
    ApiResponse last = list("q=" + encoded("日常新闻") + "&size=50&page=6&sort=id,desc");

    assertThat(second.json().getJsonNumber("total").longValue()).isEqualTo(matches.size());
    assertThat(ids(second))
        .containsExactlyElementsOf(matches.subList(50, 100).stream().map(Seeded::id).toList());
    assertThat(ids(last))
        .containsExactlyElementsOf(
            matches.subList(250, matches.size()).stream().map(Seeded::id).toList());
    assertThat(titles(list("q=harbour&sort=title,asc&size=100")))
        .isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
    assertThat(ids(list("q=harbour&size=5"))).hasSize(5);
  }

  @Test
  void refusesAnEmptyOrTooLongText() {
    assertThat(list("q=")).hasStatus(400).hasErrorOn("q");
    assertThat(list("q=%20%20")).hasStatus(400).hasErrorOn("q");
    assertThat(list("q=" + "长".repeat(101))).hasStatus(400).hasErrorOn("q");
    assertThat(list("q=" + "长".repeat(100))).hasStatus(200);
  }

  @Test
  void refusesTheTextFilterOnASiteTheEditorMayNotReadAndToAnonymousCallers() {
    assertThat(editor.get("items?site=fgw&q=harbour")).hasStatus(403);
    assertThat(ApiClient.anonymous(base).get("items?site=" + site + "&q=harbour")).hasStatus(401);
  }

  private static ApiResponse list(String query) {
    return editor.get("items?site=" + site + "&" + query);
  }

  private static String encoded(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static List<Long> expected(Predicate<Seeded> matches) {
    return seeded.stream().filter(matches).map(Seeded::id).toList();
  }

  private static long column(
      ApiClient admin, String site, String code, String category, String type) {
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
