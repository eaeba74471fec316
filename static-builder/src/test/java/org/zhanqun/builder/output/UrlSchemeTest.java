package org.zhanqun.builder.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhanqun.model.site.Cluster;
import org.zhanqun.model.site.Column;
import org.zhanqun.model.site.ColumnCategory;
import org.zhanqun.model.site.ContentType;
import org.zhanqun.model.site.Identification;
import org.zhanqun.model.site.LocalizedText;
import org.zhanqun.model.site.Site;
import org.zhanqun.model.site.SiteKind;

class UrlSchemeTest {

  private static final Column FORMS =
      new Column(
          "forms",
          "service/forms",
          LocalizedText.of("zh-CN", "表格下载"),
          ColumnCategory.FORMS,
          List.of(ContentType.FORM),
          List.of());
  private static final Site PORTAL = site("portal", SiteKind.PORTAL, "");
  private static final Site FGW = site("fgw", SiteKind.DEPARTMENT, "fgw/");

  @Test
  void reservesTheFoldersOfTheApiAndTheWebConsoleBesideTheBuildsOwn() {
    assertThat(UrlScheme.RESERVED_FOLDERS)
        .contains("api", "admin", "assets", "sitemaps", "page", "files");
    assertThat(UrlScheme.reservedFolders(List.of("zh-CN", "en")))
        .contains("admin", "api", "zh-CN", "zh-cn", "en");
  }

  @Test
  void reservesTheInteractionPagesFoldersAndPutsThemUnderEachLanguage() {
    UrlScheme urls = new UrlScheme(cluster("https://www.example.gov.cn/"));

    assertThat(UrlScheme.RESERVED_FOLDERS).contains("letters", "consultations", "report-error");
    assertThat(UrlScheme.RESERVED_CHANNEL_CODES).containsExactly("query");
    assertThat(urls.channelPath(FGW, "en", "mailbox", 1))
        .isEqualTo("fgw/en/letters/mailbox/index.html");
    assertThat(urls.channelPath(PORTAL, "zh-CN", "mayor", 2))
        .isEqualTo("letters/mayor/page/2/index.html");
    assertThat(urls.letterQueryPath(FGW, "zh-CN")).isEqualTo("fgw/letters/query/index.html");
    assertThat(urls.consultationsPath(PORTAL, "en")).isEqualTo("en/consultations/index.html");
    assertThat(urls.consultationPath(FGW, "zh-CN", "bus-routes"))
        .isEqualTo("fgw/consultations/bus-routes/index.html");
    assertThat(urls.reportErrorPath(FGW, "en")).isEqualTo("fgw/en/report-error/index.html");
  }

  @Test
  void putsTheDefaultLanguageAtASitesRootAndOthersUnderTheirTag() {
    UrlScheme urls = new UrlScheme(cluster("https://www.example.gov.cn/"));

    assertThat(urls.homePath(FGW, "zh-CN")).isEqualTo("fgw/index.html");
    assertThat(urls.homePath(FGW, "en")).isEqualTo("fgw/en/index.html");
    assertThat(urls.homePath(PORTAL, "en")).isEqualTo("en/index.html");
    assertThat(urls.itemPath(FGW, "en", FORMS, "cost-review"))
        .isEqualTo("fgw/en/service/forms/cost-review.html");
    assertThat(urls.columnPath(FGW, "zh-CN", FORMS, 3))
        .isEqualTo("fgw/service/forms/page/3/index.html");
  }

  @Test
  void makesFolderUrlsWithoutIndexHtmlUnderTheBaseUrlsPath() {
    UrlScheme urls = new UrlScheme(cluster("https://www.example.gov.cn/gov/"));

    assertThat(urls.url("fgw/en/index.html")).isEqualTo("/gov/fgw/en/");
    assertThat(urls.url("fgw/news/a.html")).isEqualTo("/gov/fgw/news/a.html");
    assertThat(urls.absoluteUrl("sitemap.xml"))
        .isEqualTo("https://www.example.gov.cn/gov/sitemap.xml");
  }

  @Test
  void percentEncodesChineseFileNames() {
    UrlScheme urls = new UrlScheme(cluster("https://www.example.gov.cn/"));

    String path = urls.formFilePath(FGW, FORMS, "申请表 2026.pdf");

    assertThat(path).isEqualTo("fgw/service/forms/files/申请表 2026.pdf");
    assertThat(urls.url(path))
        .isEqualTo("/fgw/service/forms/files/%E7%94%B3%E8%AF%B7%E8%A1%A8%202026.pdf");
  }

  private static Cluster cluster(String baseUrl) {
    return new Cluster(
        "changchun",
        LocalizedText.of("zh-CN", "长春"),
        URI.create(baseUrl),
        "zh-CN",
        List.of("zh-CN", "en"),
        ZoneId.of("Asia/Shanghai"),
        List.of(PORTAL, FGW));
  }

  private static Site site(String id, SiteKind kind, String path) {
    return new Site(
        id,
        kind,
        LocalizedText.of("zh-CN", id),
        id,
        path,
        "department",
        List.of("zh-CN", "en"),
        Identification.NONE,
        List.of());
  }
}
