package org.zhanqun.cms.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhanqun.cms.testing.ApiResponseAssert.assertThat;
import static org.zhanqun.cms.testing.JsonBody.with;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhanqun.cms.testing.ApiClient;
import org.zhanqun.cms.testing.ApiResponse;
import org.zhanqun.cms.testing.DatabaseTraffic;
import org.zhanqun.cms.testing.DemoUser;
import org.zhanqun.cms.testing.ItemRequests;
import org.zhanqun.cms.testing.JsonBody;
import org.zhanqun.cms.testing.PdfFiles;
import org.zhanqun.cms.testing.TestDeployment;
import org.zhanqun.cms.testing.Unique;
import org.zhanqun.cms.testing.WorkflowSteps;
import org.zhanqun.cms.testing.ZhanqunIT;

/** What readers get: live items only, their bodies as sanitised HTML, their files. */
@ZhanqunIT
class PublicItemsResourceIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TestDeployment.war();
  }

  @ArquillianResource URL base;

  private ApiClient anonymous;
  private ApiClient editor;
  private ApiClient reviewer;

  @BeforeEach
  void logIn() {
    anonymous = ApiClient.anonymous(base);
    editor = anonymous.as(DemoUser.EDITOR_FGW);
    reviewer = anonymous.as(DemoUser.REVIEWER_FGW);
  }

  @Test
  void neverPublishesAScriptOrAnEventHandlerOfABody() {
    String body =
        "通知正文。\n\n<script>alert('脚本')</script>\n\n"
            + "<img src=\"https://www.example.gov.cn/a.png\" onerror=\"alert(1)\">\n\n"
            + "<a href=\"javascript:alert(2)\">链接</a>";
    JsonObject item =
        WorkflowSteps.createPublished(
            editor, reviewer, with(news(Unique.text("通知")), "body", body));
    long id = item.getJsonNumber("id").longValue();

    ApiResponse readerView = anonymous.get("public/items/" + id);

    assertThat(readerView).hasStatus(200);
    String html = readerView.json().getString("bodyHtml");
    assertThat(html).contains("通知正文。").contains("src=\"https://www.example.gov.cn/a.png\"");
    assertThat(html.toLowerCase())
        .doesNotContain("<script")
        .doesNotContain("onerror")
        .doesNotContain("javascript:")
        .doesNotContain("alert");
    assertThat(editor.get("items/" + id).json().getString("body"))
        .as("the editors' copy keeps what was written")
        .isEqualTo(body);
  }

  @Test
  void rendersTheMarkdownBodyToHtml() {
    JsonObject request = with(news(Unique.text("新闻")), "body", "## 小标题\n\n**重点**内容");
    long id =
        WorkflowSteps.createPublished(editor, reviewer, request).getJsonNumber("id").longValue();

    String html = anonymous.get("public/items/" + id).json().getString("bodyHtml");

    assertThat(html).contains("<h2").contains("小标题").contains("<strong>重点</strong>内容");
  }

  @Test
  void answersNotFoundForAnItemNotPublished() {
    long draft =
        WorkflowSteps.create(editor, news(Unique.text("草稿"))).getJsonNumber("id").longValue();

    ApiResponse missing = anonymous.get("public/items/" + draft);

    assertThat(missing).hasStatus(404).hasErrorOn("item");
  }

  @Test
  void showsAPublicationAndAWithdrawalAtOnceDespiteTheReadCache() {
    long id =
        WorkflowSteps.create(editor, news(Unique.text("撤回测试"))).getJsonNumber("id").longValue();
    String list = "public/items?site=fgw&size=5";
    assertThat(anonymous.get("public/items/" + id)).hasStatus(404);
    assertThat(anonymous.get(list).text()).doesNotContain("\"id\":" + id + ",");

    WorkflowSteps.publish(editor, reviewer, id);
    assertThat(anonymous.get("public/items/" + id)).as("cached 404 is not kept").hasStatus(200);
    assertThat(anonymous.get(list).text()).contains("\"id\":" + id + ",");

    assertThat(
            reviewer.post("items/" + id + "/workflow/withdraw", JsonBody.object("comment", "撤回")))
        .hasStatus(200);
    assertThat(anonymous.get("public/items/" + id)).hasStatus(404);
    assertThat(anonymous.get(list).text()).doesNotContain("\"id\":" + id + ",");
  }

  @Test
  void offersThePublishedFormsFileForDownload() {
    byte[] pdf = PdfFiles.pdf("public form");
    long file = editor.upload("fgw", Unique.slug("下载表格") + ".pdf", pdf).id();
    JsonObject form =
        WorkflowSteps.createPublished(
            editor,
            reviewer,
            ItemRequests.form("fgw", editor.columnId("fgw", "forms"), Unique.text("申请表"), file));
    long id = form.getJsonNumber("id").longValue();

    JsonObject download = anonymous.get("public/items/" + id).json().getJsonObject("download");
    ApiResponse content = anonymous.get("public/items/" + id + "/file");

    assertThat(download.getString("url")).isEqualTo("/api/v1/public/items/" + id + "/file");
    assertThat(download.getString("sha256")).isEqualTo(PdfFiles.sha256(pdf));
    assertThat(download.getJsonNumber("size").longValue()).isEqualTo(pdf.length);
    assertThat(content).hasStatus(200);
    assertThat(content.body()).isEqualTo(pdf);
  }

  @Test
  void linksAPublishedPolicyOnlyToInterpretationsThatArePublished() {
    long column = editor.columnId("fgw", "policy");
    long policy =
        WorkflowSteps.createPublished(
                editor,
                reviewer,
                ItemRequests.policy("fgw", column, Unique.text("政策"), Unique.indexNo()))
            .getJsonNumber("id")
            .longValue();
    long interpretation =
        WorkflowSteps.create(
                editor,
                ItemRequests.interpretation(
                    "fgw", editor.columnId("fgw", "interpretation"), Unique.text("解读"), policy))
            .getJsonNumber("id")
            .longValue();

    assertThat(anonymous.get("public/items/" + policy).json().getJsonArray("interpretations"))
        .isEmpty();
    WorkflowSteps.publish(editor, reviewer, interpretation);
    assertThat(
            anonymous
                .get("public/items/" + policy)
                .json()
                .getJsonArray("interpretations")
                .getValuesAs(JsonObject.class)
                .stream()
                .map(ref -> ref.getJsonNumber("id").longValue()))
        .containsExactly(interpretation);
  }

  @Test
  void listsLiveItemsWithoutReadingTheirBodies() {
    String body = "政策正文".repeat(75_000);
    long id =
        WorkflowSteps.createPublished(
                editor, reviewer, with(news(Unique.text("长正文")), "body", body))
            .getJsonNumber("id")
            .longValue();
    DatabaseTraffic.awaitQuiet(64 * 1024);
    long before = DatabaseTraffic.bytesSent();

    ApiResponse list = anonymous.get(uncachedList("site=fgw&size=5&sort=id,desc"));

    long sent = DatabaseTraffic.bytesSent() - before;
    assertThat(list).hasStatus(200);
    assertThat(list.json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue())
        .isEqualTo(id);
    assertThat(sent)
        .as("bytes MariaDB sent for a list whose newest item has a 900 KB body (three copies)")
        .isLessThan(256 * 1024);
  }

  @Test
  void listsTitlesAndSummariesOfThePublishedRevisionExactlyAsWritten() {
    String title = Unique.text("标题 \"引号\" \\ 反斜杠 😀 <b>&amp;");
    String summary = "第一行\n第二行 \u00e9 \\u4e2d \"quoted\" / 斜杠";
    JsonObject published =
        WorkflowSteps.createPublished(
            editor, reviewer, with(with(news(title), "summary", summary), "body", "正文"));
    long id = published.getJsonNumber("id").longValue();
    assertThat(
            editor.put(
                "items/" + id,
                with(
                    with(ItemRequests.changeOf(editor.get("items/" + id).json()), "title", "改后的标题"),
                    "summary",
                    "改后的摘要")))
        .hasStatus(200);

    JsonObject listed =
        anonymous
            .get(uncachedList("site=fgw&size=5&sort=id,desc"))
            .json()
            .getJsonArray("items")
            .getJsonObject(0);

    assertThat(listed.getJsonNumber("id").longValue()).isEqualTo(id);
    assertThat(listed.getString("title")).isEqualTo(title);
    assertThat(listed.getString("summary")).isEqualTo(summary);
    assertThat(listed.getString("slug")).isEqualTo(published.getString("slug"));
    assertThat(listed.getString("translationKey")).isEqualTo(published.getString("translationKey"));
    assertThat(listed.getJsonNumber("column").longValue())
        .isEqualTo(published.getJsonNumber("column").longValue());
    assertThat(listed.getString("type")).isEqualTo("news");
    assertThat(listed.getString("language")).isEqualTo("zh-CN");
    assertThat(listed.containsKey("bodyHtml")).isFalse();
  }

  /**
   * A public list query no earlier request asked (its {@code updatedSince}, a day ago, is now to
   * the microsecond), so that its answer is not cached.
   */
  private static String uncachedList(String query) {
    return "public/items?"
        + query
        + "&updatedSince="
        + OffsetDateTime.now(ZoneOffset.UTC).minusDays(1);
  }

  private JsonObject news(String title) {
    return ItemRequests.news("fgw", editor.columnId("fgw", "news"), title);
  }
}
