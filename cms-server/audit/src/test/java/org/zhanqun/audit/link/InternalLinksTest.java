package org.zhanqun.audit.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Internal links, checked against a small published cluster written into a temporary folder. */
class InternalLinksTest {

  private static final URI BASE = URI.create("https://www.example.gov.cn/");
  private static final LinkCheckOptions OFFLINE =
      LinkCheckOptions.defaults().withExternalEnabled(false);

  @TempDir Path temp;
  private Path version;
  private PublishedCluster cluster;

  @BeforeEach
  void publishCluster() throws IOException {
    // as the static builder publishes: `public` is a link to the current version
    version = temp.resolve(".public.versions/v000001");
    write(
        "index.html",
        """
        <!DOCTYPE html><html lang="zh-CN"><head>
        <link rel="canonical" href="https://www.example.gov.cn/">
        <link rel="alternate" hreflang="en" href="https://www.example.gov.cn/en/">
        <link rel="stylesheet" href="/assets/portal/site.css">
        <link rel="preconnect" href="https://cdn.example.com">
        <script src="/assets/portal/site.js" defer></script>
        </head><body>
        <a href="#main">跳到主要内容</a>
        <main id="main">
        <a href="/news/">要闻</a>
        <a href="/news">要闻（无斜杠）</a>
        <a href="/news/flood.html">防汛通知</a>
        <a href="/news/flood.html#measures">防汛措施</a>
        <a href="/news/flood.html#nowhere">不存在的锚点</a>
        <a href="/news/gone.html">已删除的文章</a>
        <img src="/assets/portal/logo.png" alt="logo">
        <img src="/assets/portal/banner.png" alt="missing banner">
        <a href="/forms/files/%E7%94%B3%E8%AF%B7%E8%A1%A8.pdf">申请表（编码）</a>
        <a href="/forms/files/申请表.pdf">申请表（未编码）</a>
        <a href="/forms/files/a+b.pdf">加号</a>
        <a href="/forms/files/缺失.docx">缺失的附件</a>
        <a href="https://www.example.gov.cn/fgw/">发改委</a>
        <a href="https://zwfw.example.gov.cn/guide/1">政务服务网</a>
        <a href="#top">返回顶部</a>
        <a href="#nothing-here">坏锚点</a>
        <a href="mailto:webmaster@example.gov.cn">来信</a>
        <a href="tel:043188000001">电话</a>
        <a href="javascript:void(0)">打印</a>
        <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="">
        </main></body></html>
        """);
    write(
        "news/index.html",
        """
        <a href="flood.html">相对链接</a>
        <a href="../assets/portal/logo.png">相对图片</a>
        <a href="./missing-relative.html">缺失的相对链接</a>
        <a href="page/2/">第二页</a>
        """);
    write("news/page/2/index.html", "<a href=\"/\">首页</a>");
    write(
        "news/flood.html",
        """
        <h2 id="measures">防汛措施</h2>
        <a href="/news/gone.html">已删除的文章</a>
        <picture><source srcset="/assets/portal/flood.webp 1x, /assets/portal/flood-2x.webp 2x">
        <img src="/assets/portal/flood.png" alt=""></picture>
        """);
    write("en/index.html", "<a href=\"/en/news/\">News</a>");
    write("fgw/index.html", "<a href=\"/fgw/news/a.html\">动态</a><a href=\"/fgw/missing/\">缺</a>");
    write("fgw/en/index.html", "<a href=\"/fgw/en/missing.html\">missing</a>");
    write(
        "fgw/news/a.html",
        "<a href=\"/fgw/news/b.html\">missing</a><a href=\"http://[broken/\">no URL</a>");
    write(".hidden/old.html", "<a href=\"/nothing.html\">never read</a>");
    write("assets/portal/site.css", "body{}");
    write("assets/portal/site.js", "");
    write("assets/portal/logo.png", "png");
    write("assets/portal/flood.png", "png");
    write("assets/portal/flood.webp", "webp");
    write("forms/files/申请表.pdf", "%PDF");
    write("forms/files/a+b.pdf", "%PDF");
    Files.createSymbolicLink(temp.resolve("public"), version);
    cluster =
        new PublishedCluster(
            temp.resolve("public"),
            BASE,
            Map.of("", "portal", "fgw/", "fgw"),
            Set.of("zh-CN", "en"));
  }

  @Test
  void reportsEveryMissingFileWithPageSiteAndKind() throws Exception {
    LinkReport report = new LinkChecker(OFFLINE).check(cluster);

    assertThat(report.broken())
        .extracting(
            b -> b.link().page().path(),
            b -> b.link().href(),
            b -> b.link().kind(),
            b -> b.failure().problem(),
            b -> b.failure().detail())
        .containsExactly(
            tuple(
                "en/index.html",
                "/en/news/",
                LinkKind.PAGE,
                LinkProblem.NO_SUCH_FILE,
                "no such file: en/news/index.html"),
            tuple(
                "fgw/en/index.html",
                "/fgw/en/missing.html",
                LinkKind.PAGE,
                LinkProblem.NO_SUCH_FILE,
                "no such file: fgw/en/missing.html"),
            tuple(
                "fgw/index.html",
                "/fgw/missing/",
                LinkKind.PAGE,
                LinkProblem.NO_SUCH_FILE,
                "no such file: fgw/missing/index.html"),
            tuple(
                "fgw/news/a.html",
                "/fgw/news/b.html",
                LinkKind.PAGE,
                LinkProblem.NO_SUCH_FILE,
                "no such file: fgw/news/b.html"),
            tuple(
                "fgw/news/a.html",
                "http://[broken/",
                LinkKind.PAGE,
                LinkProblem.INVALID_URL,
                "not a valid URL"),
            tuple(
                "index.html",
                "/assets/portal/banner.png",
                LinkKind.IMAGE,
                LinkProblem.NO_SUCH_FILE,
                "no such file: assets/portal/banner.png"),
            tuple(
                "index.html",
                "/forms/files/缺失.docx",
                LinkKind.ATTACHMENT,
                LinkProblem.NO_SUCH_FILE,
                "no such file: forms/files/缺失.docx"),
            tuple(
                "index.html",
                "/news/gone.html",
                LinkKind.PAGE,
                LinkProblem.NO_SUCH_FILE,
                "no such file: news/gone.html"),
            tuple(
                "news/flood.html",
                "/assets/portal/flood-2x.webp",
                LinkKind.IMAGE,
                LinkProblem.NO_SUCH_FILE,
                "no such file: assets/portal/flood-2x.webp"),
            tuple(
                "news/flood.html",
                "/news/gone.html",
                LinkKind.PAGE,
                LinkProblem.NO_SUCH_FILE,
                "no such file: news/gone.html"),
            tuple(
                "news/index.html",
                "./missing-relative.html",
                LinkKind.PAGE,
                LinkProblem.NO_SUCH_FILE,
                "no such file: news/missing-relative.html"));
    assertThat(report.broken())
        .allSatisfy(b -> assertThat(b.link().external()).isFalse())
        .allSatisfy(b -> assertThat(b.failure().status()).isEmpty());
  }

  @Test
  void resolvesRelativeLinksAgainstThePageUrl() throws Exception {
    LinkReport report = new LinkChecker(OFFLINE).check(cluster);

    BrokenLink relative =
        report.broken().stream()
            .filter(b -> b.link().href().startsWith("./"))
            .findFirst()
            .orElseThrow();
    assertThat(relative.link().url())
        .isEqualTo(URI.create("https://www.example.gov.cn/news/missing-relative.html"));
    assertThat(relative.link().page().url())
        .isEqualTo(URI.create("https://www.example.gov.cn/news/"));
  }

  @Test
  void findsPercentEncodedAndRawChineseFileNamesAndKeepsPlus() throws Exception {
    LinkReport report = new LinkChecker(OFFLINE).check(cluster);

    assertThat(report.broken())
        .extracting(b -> b.link().href())
        .doesNotContain(
            "/forms/files/%E7%94%B3%E8%AF%B7%E8%A1%A8.pdf",
            "/forms/files/申请表.pdf", "/forms/files/a+b.pdf");
    BrokenLink missing =
        report.broken().stream()
            .filter(b -> b.link().href().contains("缺失"))
            .findFirst()
            .orElseThrow();
    assertThat(missing.link().url().toString())
        .isEqualTo("https://www.example.gov.cn/forms/files/%E7%BC%BA%E5%A4%B1.docx");
  }

  @Test
  void servesAFolderLinkFromItsIndexWithOrWithoutTheFinalSlash() throws Exception {
    LinkReport report = new LinkChecker(OFFLINE).check(cluster);

    assertThat(report.broken())
        .extracting(b -> b.link().href())
        .doesNotContain("/news/", "/news", "page/2/", "https://www.example.gov.cn/fgw/", "/");
  }

  @Test
  void flagsHomePagesOfEverySiteAndLanguage() throws Exception {
    LinkReport report = new LinkChecker(OFFLINE).check(cluster);

    assertThat(report.broken())
        .extracting(
            b -> b.link().page().path(),
            b -> b.link().page().siteId(),
            b -> b.link().page().homePage())
        .contains(
            tuple("index.html", Optional.of("portal"), true),
            tuple("en/index.html", Optional.of("portal"), true),
            tuple("fgw/index.html", Optional.of("fgw"), true),
            tuple("fgw/en/index.html", Optional.of("fgw"), true),
            tuple("fgw/news/a.html", Optional.of("fgw"), false),
            tuple("news/index.html", Optional.of("portal"), false));
    assertThat(report.brokenOnHomePages())
        .extracting(b -> b.link().href())
        .containsExactly(
            "/en/news/",
            "/fgw/en/missing.html",
            "/fgw/missing/",
            "/assets/portal/banner.png",
            "/forms/files/缺失.docx",
            "/news/gone.html");
  }

  @Test
  void reportsMissingAnchorsApartFromBrokenLinks() throws Exception {
    LinkReport report = new LinkChecker(OFFLINE).check(cluster);

    assertThat(report.missingAnchors())
        .extracting(b -> b.link().page().path(), b -> b.link().href(), b -> b.failure().problem())
        .containsExactly(
            tuple("index.html", "#nothing-here", LinkProblem.MISSING_ANCHOR),
            tuple("index.html", "/news/flood.html#nowhere", LinkProblem.MISSING_ANCHOR));
    assertThat(report.broken()).extracting(b -> b.link().href()).doesNotContain("#nothing-here");
  }

  @Test
  void leavesAnchorsAloneWhenTold() throws Exception {
    LinkReport report = new LinkChecker(OFFLINE.withAnchorsChecked(false)).check(cluster);

    assertThat(report.missingAnchors()).isEmpty();
  }

  @Test
  void skipsOtherSchemesAndListsExternalLinksAsNotChecked() throws Exception {
    LinkReport report = new LinkChecker(OFFLINE).check(cluster);

    assertThat(report.notChecked())
        .extracting(u -> u.link().href(), u -> u.link().external(), UncheckedLink::reason)
        .containsExactly(
            tuple("https://zwfw.example.gov.cn/guide/1", true, "not checked: external links off"));
    LinkCheckSummary summary = report.summary();
    // mailto, tel, javascript, data and the preconnect hint
    assertThat(summary.skipped()).isEqualTo(5);
    assertThat(summary.notChecked()).isEqualTo(1);
    assertThat(summary.externalChecked()).isZero();
    assertThat(summary.fetched()).isZero();
  }

  @Test
  void countsPagesAndLinks() throws Exception {
    LinkCheckSummary summary = new LinkChecker(OFFLINE).check(cluster).summary();

    assertThat(summary.pagesScanned()).isEqualTo(8); // .hidden/ is left out
    assertThat(summary.brokenInternal()).isEqualTo(11);
    assertThat(summary.brokenExternal()).isZero();
    assertThat(summary.missingAnchors()).isEqualTo(2);
    assertThat(summary.linksFound())
        .isEqualTo(summary.internalChecked() + summary.notChecked() + summary.skipped());
    assertThat(summary.internalChecked()).isEqualTo(35);
  }

  @Test
  void checksTheLinksOnOneSitesPagesOnly() throws Exception {
    LinkReport report = new LinkChecker(OFFLINE).check(cluster, "fgw");

    assertThat(report.summary().pagesScanned()).isEqualTo(3);
    assertThat(report.broken())
        .extracting(b -> b.link().page().siteId())
        .containsOnly(Optional.of("fgw"));
  }

  @Test
  void givesTheSameReportTwice() throws Exception {
    LinkChecker checker = new LinkChecker(OFFLINE);

    LinkReport first = checker.check(cluster);
    LinkReport second = checker.check(cluster);

    assertThat(second.broken()).isEqualTo(first.broken());
    assertThat(second.missingAnchors()).isEqualTo(first.missingAnchors());
  }

  @Test
  void checksUnderABaseUrlWithAPath() throws Exception {
    write(
        "preview.html",
        "<a href=\"/preview/news/flood.html\">ok</a><a href=\"/preview/x.html\">x</a>");
    PublishedCluster underPath =
        cluster.withBaseUrl(URI.create("https://test.example.gov.cn/preview"));

    LinkReport report = new LinkChecker(OFFLINE).check(underPath, "portal");

    assertThat(report.broken())
        .extracting(b -> b.link().page().path(), b -> b.link().href())
        .contains(tuple("preview.html", "/preview/x.html"))
        .doesNotContain(tuple("preview.html", "/preview/news/flood.html"));
  }

  @Test
  void failsWhenThePublishedFolderIsMissing() {
    PublishedCluster nowhere =
        new PublishedCluster(temp.resolve("never-built"), BASE, Map.of("", "portal"), Set.of());

    assertThatThrownBy(() -> new LinkChecker(OFFLINE).check(nowhere))
        .isInstanceOf(NoSuchFileException.class)
        .hasMessageContaining("never-built");
  }

  private void write(String path, String text) throws IOException {
    Path file = version.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
