package org.zhanqun.cms.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhanqun.cms.testing.ApiResponseAssert.assertThat;
import static org.zhanqun.cms.testing.JsonBody.object;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhanqun.cms.testing.ApiClient;
import org.zhanqun.cms.testing.ApiResponse;
import org.zhanqun.cms.testing.DemoUser;
import org.zhanqun.cms.testing.TestDeployment;
import org.zhanqun.cms.testing.ZhanqunIT;

/** The editor's Markdown preview ({@code POST /markdown/preview}): the public page's body HTML. */
@ZhanqunIT
class MarkdownPreviewIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TestDeployment.war();
  }

  @ArquillianResource URL base;

  private ApiClient anonymous;
  private ApiClient editor;

  @BeforeEach
  void logIn() {
    anonymous = ApiClient.anonymous(base);
    editor = anonymous.as(DemoUser.EDITOR_FGW);
  }

  @Test
  void rendersHeadingsTablesAndListsAsThePublicPageDoes() {
    ApiResponse preview =
        editor.post(
            "markdown/preview",
            object(
                "site",
                "fgw",
                "language",
                "zh-CN",
                "body",
                "## 办理流程\n\n1. 申请\n2. 受理\n\n| 材料 | 份数 |\n|---|---|\n| 申请表 | 1 |\n"));

    assertThat(preview).hasStatus(200);
    String html = preview.json().getString("html");
    assertThat(html)
        .contains("<h2>办理流程</h2>")
        .contains("<ol>")
        .contains("<li>申请</li>")
        .contains("<table>")
        .contains("<td>申请表</td>");
  }

  @Test
  void removesScriptsEventHandlersAndJavascriptLinks() {
    ApiResponse preview =
        editor.post(
            "markdown/preview",
            object(
                "site",
                "fgw",
                "body",
                "正文<script>alert(1)</script>\n\n[点我](javascript:alert(2))"
                    + " <a href=\"javascript:alert(3)\" onclick=\"alert(4)\">链接</a>"
                    + " <img src=x onerror=alert(5)> [站内](/fgw/news/a.html)"));

    assertThat(preview).hasStatus(200);
    String html = preview.json().getString("html");
    assertThat(html.toLowerCase())
        .doesNotContain("<script")
        .doesNotContain("javascript:")
        .doesNotContain("onclick")
        .doesNotContain("onerror")
        .doesNotContain("alert(1)");
    assertThat(html).contains("点我").contains("href=\"/fgw/news/a.html\"");
  }

  @Test
  void refusesAMissingSiteAnUnknownLanguageAndAMissingOrTooLongBody() {
    assertThat(editor.post("markdown/preview", object("body", "正文")))
        .hasStatus(400)
        .hasErrorOn("site");
    assertThat(editor.post("markdown/preview", object("site", "fgw")))
        .hasStatus(400)
        .hasErrorOn("body");
    assertThat(editor.post("markdown/preview", object("site", "fgw", "language", "fr", "body", "")))
        .hasStatus(400)
        .hasErrorOn("language");
    assertThat(editor.post("markdown/preview", object("site", "nosuchsite", "body", "x")))
        .hasStatus(400)
        .hasErrorOn("site");
    assertThat(
            editor.post("markdown/preview", object("site", "fgw", "body", "a".repeat(1_000_001))))
        .hasStatus(400)
        .hasErrorOn("body");
    ApiResponse empty = editor.post("markdown/preview", object("site", "fgw", "body", ""));
    assertThat(empty).hasStatus(200);
    assertThat(empty.json().getString("html")).isEmpty();
  }

  @Test
  void isForTheSitesEditorsOnly() {
    ApiResponse refused =
        anonymous
            .as(DemoUser.EDITOR_JYJ)
            .post("markdown/preview", object("site", "fgw", "body", "x"));

    assertThat(refused).hasStatus(403);
    assertThat(
            anonymous
                .as(DemoUser.REVIEWER_FGW)
                .post("markdown/preview", object("site", "fgw", "body", "x")))
        .hasStatus(200);
    assertThat(
            anonymous
                .as(DemoUser.EVALUATOR)
                .post("markdown/preview", object("site", "fgw", "body", "x")))
        .hasStatus(403);
    assertThat(anonymous.post("markdown/preview", object("site", "fgw", "body", "x")))
        .hasStatus(401);
  }
}
