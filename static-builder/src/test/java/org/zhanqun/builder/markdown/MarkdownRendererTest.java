package org.zhanqun.builder.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

  private final MarkdownRenderer renderer = new MarkdownRenderer();

  @Test
  void rendersHeadingsParagraphsAndTablesInChinese() {
    String html =
        renderer.toSafeHtml(
            """
            ## 办理流程

            申请人提交材料。

            | 环节 | 时限 |
            |---|---|
            | 受理 | 1个工作日 |
            """);
    assertThat(html)
        .contains("<h2>办理流程</h2>")
        .contains("<p>申请人提交材料。</p>")
        .contains("<table>")
        .contains("<td>1个工作日</td>");
  }

  @Test
  void removesScriptsEventHandlersAndJavascriptUrls() {
    String html =
        renderer.toSafeHtml(
            """
            正文<script>alert('x')</script>

            <img src="x.png" onerror="alert(1)" alt="图">

            [点我](javascript:alert(1)) <a href="https://example.gov.cn/" onclick="steal()">官网</a>

            <iframe src="https://evil.example/"></iframe><style>body{display:none}</style>
            """);
    assertThat(html)
        .doesNotContain("<script")
        .doesNotContain("alert(")
        .doesNotContain("onerror")
        .doesNotContain("onclick")
        .doesNotContain("javascript:")
        .doesNotContain("<iframe")
        .doesNotContain("<style")
        .contains("正文")
        .contains("alt=\"图\"")
        .contains("href=\"https://example.gov.cn/\"");
  }

  @Test
  void dropsIdAttributesThatCouldClobberThePagesOwnElements() {
    String html =
        renderer.toSafeHtml(
            """
            <p id="search-input">正文</p>

            <a id="main" href="../news/">新闻</a> <h3 id="x" lang="en">Title</h3>
            """);

    assertThat(html)
        .doesNotContain("id=")
        .contains("<p>正文</p>")
        .contains("href=\"../news/\"")
        .contains("lang=\"en\"");
  }

  @Test
  void keepsOnlyImagesOverHttpsOrFromARelativePathOfTheSite() {
    String html =
        renderer.toSafeHtml(
            """
            ![相对](../images/map.png) ![安全](https://www.example.gov.cn/logo.png)

            ![明文](http://tracker.example/pixel.gif) ![内嵌](data:image/png;base64,iVBORw0KGgo=)

            <img src="javascript:alert(1)" alt="脚本"> <img src="//evil.example/x.png" alt="无协议">
            <img alt="无来源">
            """);

    assertThat(html)
        .contains("src=\"../images/map.png\"")
        .contains("src=\"https://www.example.gov.cn/logo.png\"")
        .doesNotContain("tracker.example")
        .doesNotContain("明文")
        .doesNotContain("data:")
        .doesNotContain("内嵌")
        .doesNotContain("javascript:")
        .doesNotContain("脚本")
        .doesNotContain("evil.example")
        .doesNotContain("无来源");
    assertThat(html.split("<img", -1)).hasSize(3);
  }

  @Test
  void keepsRelativeLinksToOtherPagesOfTheCluster() {
    assertThat(renderer.toSafeHtml("[指南](../guide/passport.html)"))
        .contains("href=\"../guide/passport.html\"");
  }

  @Test
  void rendersNothingForAnEmptyBody() {
    assertThat(renderer.toSafeHtml(null)).isEmpty();
    assertThat(renderer.toSafeHtml("  \n")).isEmpty();
  }
}
