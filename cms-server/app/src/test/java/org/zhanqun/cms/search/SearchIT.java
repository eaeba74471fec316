package org.zhanqun.cms.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.zhanqun.cms.testing.ApiResponseAssert.assertThat;
import static org.zhanqun.cms.testing.JsonBody.object;
import static org.zhanqun.cms.testing.JsonBody.with;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhanqun.cms.testing.ApiClient;
import org.zhanqun.cms.testing.ApiResponse;
import org.zhanqun.cms.testing.DemoUser;
import org.zhanqun.cms.testing.EmbeddedSolrExtension.SolrNode;
import org.zhanqun.cms.testing.ItemRequests;
import org.zhanqun.cms.testing.JsonBody;
import org.zhanqun.cms.testing.PublishedSite;
import org.zhanqun.cms.testing.TestDeployment;
import org.zhanqun.cms.testing.Unique;
import org.zhanqun.cms.testing.WorkflowSteps;
import org.zhanqun.cms.testing.ZhanqunIT;
import org.zhanqun.embedded.SolrCredentials;

/**
 * The public search API against the real Solr node: items published through the API are found in
 * Chinese and English, with facets, highlights and exact 文号 lookup; withdrawal removes them; Solr
 * being down or hung delays the index but never a publication; the node answers only with the
 * credentials the server has. Each test marks its items with a random word of letters, so it counts
 * only its own.
 */
@ZhanqunIT
class SearchIT {

  private static final Duration INDEX_WAIT = Duration.ofSeconds(60);
  private static final Duration POLL = Duration.ofMillis(200);

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TestDeployment.war();
  }

  @ArquillianResource URL base;

  private ApiClient anonymous;
  private ApiClient editor;
  private ApiClient reviewer;
  private ApiClient editorJyj;
  private ApiClient reviewerJyj;
  private ApiClient admin;

  @BeforeEach
  void logIn() {
    anonymous = ApiClient.anonymous(base);
    editor = anonymous.as(DemoUser.EDITOR_FGW);
    reviewer = anonymous.as(DemoUser.REVIEWER_FGW);
    editorJyj = anonymous.as(DemoUser.EDITOR_JYJ);
    reviewerJyj = anonymous.as(DemoUser.REVIEWER_JYJ);
    admin = anonymous.as(DemoUser.ADMIN);
  }

  @Test
  void findsChineseWordsInsideLongerPhrasesAndIgnoresScatteredCharacters() {
    String marker = marker();
    long disclosure = publishNews("关于推进政府信息公开工作的通知 " + marker);
    long recruitment = publishNews("公开招聘工作人员公告 " + marker);
    long scattered = publishNews("诚信建设休息公示开会 " + marker);
    long guide =
        publish(
            editor,
            reviewer,
            ItemRequests.guide(
                "fgw",
                editor.columnId("fgw", "guide"),
                "居民身份证申领办事指南 " + marker,
                object("department", "长春市公安局", "conditions", "本市户籍居民")));
    awaitTotal("q=" + marker, 4);

    List<Long> found = ids(search("q=" + encode("信息公开") + "&size=50"));
    assertThat(found).contains(disclosure).doesNotContain(recruitment, scattered, guide);
    List<Long> guides = ids(search("q=" + encode("办事指南") + "&type=guide&size=50"));
    assertThat(guides).contains(guide).doesNotContain(disclosure, recruitment, scattered);
  }

  @Test
  void ranksAPageWithTheWordsAsAPhraseInItsTitleAboveAShorterTitleWithTheWordsApart() {
    String marker = marker();
    long apart = publishNews("候鸟迁徙经过湿地 " + marker);
    long phrase = publishNews("关于进一步加强全市重要湿地候鸟栖息地保护管理工作的实施意见 " + marker);
    awaitTotal("q=" + marker, 2);

    // both titles hold both words; the shorter one would rank first on the words alone
    assertThat(ids(search("q=" + encode("湿地 候鸟") + "&lang=zh-CN"))).containsExactly(phrase, apart);
    assertThat(ids(search("q=" + encode("湿地候鸟") + "&lang=zh-CN"))).containsExactly(phrase, apart);
  }

  @Test
  void keepsLanguagesApartAndStemsEnglish() {
    String marker = marker();
    long chinese = publishNews("政府信息公开年度报告 " + marker);
    long english =
        publish(
            editor,
            reviewer,
            with(
                ItemRequests.news(
                    "fgw", editor.columnId("fgw", "news"), "Government information disclosures"),
                "language",
                "en",
                "body",
                "Annual report " + marker));
    awaitTotal("q=" + marker, 2);

    JsonObject inEnglish = search("q=" + encode("disclosure " + marker) + "&lang=en");
    assertThat(ids(inEnglish)).containsExactly(english);
    assertThat(inEnglish.getJsonArray("results").getJsonObject(0).getString("language"))
        .isEqualTo("en");
    assertThat(ids(search("q=" + encode("信息公开 " + marker) + "&lang=zh-CN")))
        .containsExactly(chinese);
  }

  @Test
  void countsFacetsOverTheWholeResultAndKeepsOtherValuesOfAFilteredFacet() {
    String marker = marker();
    publishNews("发展改革动态 " + marker);
    publishNews("项目审批动态 " + marker);
    publish(
        editorJyj,
        reviewerJyj,
        ItemRequests.news("jyj", editorJyj.columnId("jyj", "news"), "教育动态 " + marker));
    publish(
        editor,
        reviewer,
        ItemRequests.policy(
            "fgw", editor.columnId("fgw", "policy"), "价格管理办法 " + marker, Unique.indexNo()));
    JsonObject all = awaitTotal("q=" + marker, 4);

    assertThat(facet(all, "site")).containsEntry("fgw", 3L).containsEntry("jyj", 1L);
    assertThat(facet(all, "type")).containsEntry("news", 3L).containsEntry("policy", 1L);
    assertThat(facet(all, "year")).containsEntry(Year.now().toString(), 4L);
    assertThat(facet(all, "issuer")).containsEntry("长春市发展和改革委员会", 1L);
    JsonObject fgw = search("q=" + marker + "&site=fgw");
    assertThat(fgw.getInt("total")).isEqualTo(3);
    assertThat(facet(fgw, "site")).containsEntry("fgw", 3L).containsEntry("jyj", 1L);
    assertThat(facet(fgw, "type")).containsEntry("news", 2L).containsEntry("policy", 1L);
    assertThat(fgw.getJsonObject("facets").getJsonArray("site").getJsonObject(0).getString("label"))
        .isNotBlank();
  }

  @Test
  void highlightsTheMatchedWordsInTitleAndSnippet() {
    String marker = marker();
    long id =
        publish(
            editor,
            reviewer,
            with(
                ItemRequests.news("fgw", editor.columnId("fgw", "news"), "深化政务公开 " + marker),
                "body",
                "为进一步做好政府信息公开工作，<script>alert(1)</script>现将有关事项通知如下。"));
    awaitTotal("q=" + marker, 1);

    JsonObject hit =
        search("q=" + encode("信息公开 " + marker)).getJsonArray("results").getJsonObject(0);

    assertThat(hit.getJsonNumber("id").longValue()).isEqualTo(id);
    assertThat(hit.getString("snippet")).contains("<mark>信息公开</mark>").doesNotContain("<script");
    assertThat(hit.getString("titleHtml")).contains("<mark>" + marker + "</mark>");
    assertThat(hit.getString("url")).startsWith("/fgw/news/").endsWith(".html");
    assertThat(hit.getString("siteName")).isNotBlank();
  }

  @Test
  void findsAPolicyFirstByItsDocumentNumberOrIndexNumberHoweverTheBracketsAreTyped() {
    String serial = Integer.toString(ThreadLocalRandom.current().nextInt(1000, 9999));
    String docNo = "长发改发〔2026〕" + serial + "号";
    String indexNo = Unique.indexNo();
    JsonObject request =
        ItemRequests.policy("fgw", editor.columnId("fgw", "policy"), "关于价格监测工作的通知", indexNo);
    request = with(request, "policy", with(ItemRequests.policyMetadata(indexNo), "docNo", docNo));
    long policy = publish(editor, reviewer, request);
    // Wait for this policy itself: other documents (the demo cluster, when another test imported
    // it) may match the words too.
    awaitFound("q=" + encode(docNo), result -> ids(result).contains(policy));

    JsonObject byDocNo = search("q=" + encode("长发改发[2026]" + serial + "号"));
    assertThat(byDocNo.getJsonArray("results").getJsonObject(0).getJsonNumber("id").longValue())
        .isEqualTo(policy);
    assertThat(byDocNo.getJsonArray("results").getJsonObject(0).getBoolean("exactMatch")).isTrue();
    JsonObject byIndexNo = search("q=" + encode(indexNo) + "&sort=date");
    assertThat(byIndexNo.getJsonArray("results").getJsonObject(0).getJsonNumber("id").longValue())
        .isEqualTo(policy);
    assertThat(byIndexNo.getJsonArray("results").getJsonObject(0).getString("docNumber"))
        .isEqualTo(docNo);
  }

  @Test
  void aWithdrawnItemDisappearsFromTheResults() {
    String marker = marker();
    long id = publishNews("撤回后不应再被搜到 " + marker);
    awaitTotal("q=" + marker, 1);

    assertThat(
            reviewer.post("items/" + id + "/workflow/withdraw", JsonBody.object("comment", "内容有误")))
        .hasStatus(200);

    awaitTotal("q=" + marker, 0);
  }

  @Test
  void answersHostileQueriesWithResultsOrAClearBadRequestNeverAServerError() {
    for (String q :
        List.of(
            "\"",
            "*:*",
            "{!join from=id to=id}x",
            "(((信息",
            "AND OR NOT",
            "title_zh:[* TO *]",
            "\\",
            "a~2 b^100 c:*",
            "/.*/",
            "&& || !",
            "信息\u0000公开",
            "${jndi:ldap://x}",
            "x".repeat(200))) {
      ApiResponse response = anonymous.get("search?q=" + encode(q));
      assertThat(response.status()).as("q=%s: %s", q, response.describe()).isEqualTo(200);
    }
    assertBadRequest("search?q=" + "x".repeat(201), "q");
    assertBadRequest("search?q=x&page=100000000", "page");
    assertBadRequest("search?q=x&page=5000&size=50", "page");
    assertBadRequest("search?q=x&size=500", "size");
    assertBadRequest("search?q=x&size=abc", "size");
    assertBadRequest("search?q=x&sort=price", "sort");
    assertBadRequest("search?q=x&from=2026-13-01", "from");
    assertBadRequest("search?q=x&type=video", "type");
    assertBadRequest("search?q=x&column=news", "column");
    assertBadRequest("search?q=x&column=-5", "column");
    assertThat(anonymous.get("search?q=x&column=9223372036854775807&column=xx-YY-ZZ"))
        .hasStatus(200);
    ApiResponse empty = anonymous.get("search?q=");
    assertThat(empty).hasStatus(200);
    assertThat(empty.json().getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(0);
  }

  @Test
  void publishingSucceedsWhileSolrIsDownAndTheIndexCatchesUpAfterwards(SolrNode solr) {
    String marker = marker();
    solr.stop();
    long id;
    try {
      id = publishNews("索引服务停止期间发布 " + marker);
      assertThat(anonymous.get("public/items/" + id)).hasStatus(200);
      assertThat(anonymous.get("search?q=" + marker)).hasStatus(503);
      assertThat(admin.get("search/status").json().getInt("pending")).isPositive();
    } finally {
      solr.restart();
    }

    JsonObject found = awaitTotal("q=" + marker, 1);

    assertThat(ids(found)).containsExactly(id);
  }

  @Test
  void theSolrNodeRefusesRequestsWithoutCredentialsWhileTheServerSearchesWithThem(SolrNode solr)
      throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    for (String path :
        List.of(
            "/admin/info/system?wt=json",
            "/admin/cores?action=STATUS",
            "/zhanqun/select?q=*:*",
            "/zhanqun/update?commit=true")) {
      HttpResponse<String> open =
          http.send(
              HttpRequest.newBuilder(URI.create(solr.baseUrl() + path)).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(open.statusCode()).as(path).isEqualTo(401);
    }
    SolrCredentials credentials = SolrNode.credentials();
    HttpResponse<String> authenticated =
        http.send(
            HttpRequest.newBuilder(URI.create(solr.baseUrl() + "/zhanqun/select?q=*:*"))
                .header(
                    "Authorization",
                    "Basic "
                        + Base64.getEncoder()
                            .encodeToString(
                                (credentials.user() + ":" + credentials.password())
                                    .getBytes(StandardCharsets.UTF_8)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(authenticated.statusCode()).isEqualTo(200);

    String marker = marker();
    long id = publishNews("带凭据的索引服务 " + marker);
    assertThat(ids(awaitTotal("q=" + marker, 1))).containsExactly(id);
  }

  @Test
  void publishingGoesOnWhileSolrHangsAndTheIndexCatchesUpAfterwards(SolrNode solr) {
    String marker = marker();
    long earlier = publishNews("索引服务挂起前发布 " + marker);
    awaitTotal("q=" + marker, 1);
    solr.freeze(); // accepts connections, answers nothing
    long first;
    long second;
    try {
      first = publishNews("索引服务挂起期间发布 " + marker);
      await("the indexer claims item " + first + " and waits on the hung Solr")
          .atMost(INDEX_WAIT)
          .until(() -> indexerHolds(first));
      String slug = Unique.slug("news");
      // The server's Solr requests time out after 60 s: a publication or a withdrawal that waited
      // on the hung Solr would still be waiting when this gives up.
      CompletableFuture<Long> publishedAndWithdrawn =
          CompletableFuture.supplyAsync(
              () -> {
                long id =
                    publish(
                        editor,
                        reviewer,
                        JsonBody.with(
                            ItemRequests.news(
                                "fgw", editor.columnId("fgw", "news"), "索引服务挂起期间再发布 " + marker),
                            "slug",
                            slug));
                assertThat(
                        reviewer.post(
                            "items/" + earlier + "/workflow/withdraw",
                            JsonBody.object("comment", "撤回")))
                    .hasStatus(200);
                return id;
              });
      await("a publication and a withdrawal while Solr hangs")
          .atMost(Duration.ofSeconds(30))
          .until(publishedAndWithdrawn::isDone);
      second = publishedAndWithdrawn.join();
      PublishedSite.awaitContaining("fgw/news/" + slug + ".html", "索引服务挂起期间再发布");
      assertThat(anonymous.get("public/items/" + second)).hasStatus(200);
    } finally {
      solr.thaw();
    }

    JsonObject found = awaitFound("q=" + marker, result -> result.getInt("total") == 2);

    assertThat(ids(found)).containsExactlyInAnyOrder(first, second);
  }

  @Test
  void reindexingIsForAdministratorsAndKeepsEveryLiveItemFindable() {
    String marker = marker();
    long id = publishNews("重建索引测试 " + marker);
    awaitTotal("q=" + marker, 1);

    assertThat(editor.post("search/reindex")).hasStatus(403);
    assertThat(anonymous.post("search/reindex")).hasStatus(401);
    ApiResponse reindex = admin.post("search/reindex");

    assertThat(reindex).hasStatus(200);
    int queued = reindex.json().getInt("queued");
    // The ITs index in batches of 5 (zhanqun.search.batch-size): many batches, two drainers
    assertThat(queued).isGreaterThan(10);
    awaitPendingZero();
    assertThat(ids(search("q=" + marker))).containsExactly(id);
    await("every live item once in the index")
        .atMost(Duration.ofSeconds(10))
        .pollInterval(POLL)
        .until(
            () -> admin.get("search/status").json().getJsonNumber("documents").longValue(),
            documents -> documents == queued);
  }

  @Test
  void servesEachSitesSearchPageWhoseScriptFindsTheApiAnsweringTheShapeItReads() {
    String marker = marker();
    long id = publishNews("关于政府信息公开的通知 " + marker);
    PublishedSite.awaitContaining("fgw/search.html", "zhanqun-search-api");

    ApiResponse page = anonymous.getFromServerRoot(base.getPath() + "fgw/search.html");
    assertThat(page).hasStatus(200);
    assertThat(page.text())
        .contains("<html lang=\"zh-CN\"")
        .contains("<meta name=\"zhanqun-search-api\" content=\"/api/v1/search\">")
        .contains("data-site=\"fgw\"")
        .contains("role=\"search\"")
        .contains("js/search-page.js");
    assertThat(anonymous.getFromServerRoot(base.getPath() + "fgw/en/search.html").text())
        .contains("<html lang=\"en\"");
    assertThat(anonymous.getFromServerRoot(base.getPath() + "assets/department/js/search-page.js"))
        .hasStatus(200);

    // What search-page.js sends for "this site", page 1, and reads from the answer
    JsonObject result =
        awaitFound(
            "q=" + encode("信息公开 " + marker) + "&lang=zh-CN&site=fgw&page=1&size=10",
            r -> r.getInt("total") == 1);
    assertThat(result.getInt("page")).isEqualTo(1);
    assertThat(result.getInt("size")).isEqualTo(10);
    JsonObject hit = result.getJsonArray("results").getJsonObject(0);
    assertThat(hit.getJsonNumber("id").longValue()).isEqualTo(id);
    assertThat(hit.getString("titleHtml")).contains("<mark>信息公开</mark>");
    assertThat(hit.getString("siteName")).isNotBlank();
    assertThat(hit.getString("type")).isEqualTo("news");
    assertThat(Instant.parse(hit.getString("published"))).isBeforeOrEqualTo(Instant.now());
    assertThat(hit.getBoolean("exactMatch")).isFalse();
    assertThat(anonymous.getFromServerRoot(base.getPath() + hit.getString("url").substring(1)))
        .as("the result links a published page")
        .hasStatus(200);
    for (String facet : List.of("site", "type", "year", "issuer")) {
      assertThat(result.getJsonObject("facets").containsKey(facet)).as(facet).isTrue();
    }
    JsonObject type = result.getJsonObject("facets").getJsonArray("type").getJsonObject(0);
    assertThat(type.getString("value")).isEqualTo("news");
    assertThat(type.getString("label")).isNotBlank();
    assertThat(type.getJsonNumber("count").longValue()).isEqualTo(1);
  }

  private long publishNews(String title) {
    return publish(
        editor, reviewer, ItemRequests.news("fgw", editor.columnId("fgw", "news"), title));
  }

  private static long publish(ApiClient editor, ApiClient reviewer, JsonObject request) {
    return WorkflowSteps.createPublished(editor, reviewer, request).getJsonNumber("id").longValue();
  }

  /** A word of random lower-case letters: one token in every analyser, in no other test. */
  private static String marker() {
    StringBuilder word = new StringBuilder("zq");
    for (int i = 0; i < 10; i++) {
      word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
    }
    return word.toString();
  }

  private JsonObject search(String query) {
    ApiResponse response = anonymous.get("search?" + query);
    assertThat(response).hasStatus(200);
    return response.json();
  }

  private JsonObject awaitTotal(String query, int total) {
    return awaitFound(query, result -> result.getInt("total") == total);
  }

  private JsonObject awaitFound(String query, Predicate<JsonObject> condition) {
    return await("search?" + query + " comes true")
        .atMost(INDEX_WAIT)
        .pollInterval(POLL)
        .until(
            () -> anonymous.get("search?" + query),
            answer -> answer.status() == 200 && condition.test(answer.json()))
        .json();
  }

  private void awaitPendingZero() {
    await("the search queue drained")
        .atMost(INDEX_WAIT)
        .pollInterval(POLL)
        .until(() -> admin.get("search/status").json().getInt("pending") == 0);
  }

  /** Whether an indexer has claimed the search-queue entry of the item and not yet let go of it. */
  private static boolean indexerHolds(long itemId) throws SQLException {
    try (Connection db =
            DriverManager.getConnection(
                "jdbc:mariadb://127.0.0.1:" + System.getProperty("it.mariadb.port") + "/zhanqun",
                "root",
                "");
        PreparedStatement claimed =
            db.prepareStatement(
                "SELECT COUNT(*) FROM search_outbox WHERE item_id = ? AND claim IS NOT NULL")) {
      claimed.setLong(1, itemId);
      try (ResultSet count = claimed.executeQuery()) {
        return count.next() && count.getLong(1) > 0;
      }
    }
  }

  private void assertBadRequest(String path, String field) {
    ApiResponse response = anonymous.get(path);
    assertThat(response).hasStatus(400);
    assertThat(response.text()).contains("\"field\":\"" + field + "\"");
  }

  private static List<Long> ids(JsonObject result) {
    return result.getJsonArray("results").getValuesAs(JsonObject.class).stream()
        .map(hit -> hit.getJsonNumber("id").longValue())
        .toList();
  }

  private static Map<String, Long> facet(JsonObject result, String name) {
    return result.getJsonObject("facets").getJsonArray(name).getValuesAs(JsonObject.class).stream()
        .collect(
            Collectors.toMap(
                value -> value.getString("value"),
                value -> value.getJsonNumber("count").longValue()));
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
