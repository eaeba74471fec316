package org.zhanqun.audit.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhanqun.model.site.Cluster;
import org.zhanqun.model.site.Identification;
import org.zhanqun.model.site.LocalizedText;
import org.zhanqun.model.site.Site;
import org.zhanqun.model.site.SiteKind;

class PublishedClusterTest {

  private static final URI BASE = URI.create("https://www.example.gov.cn/");
  private final PublishedCluster cluster =
      new PublishedCluster(
          Path.of("public"),
          BASE,
          Map.of("", "portal", "fgw/", "fgw"),
          Set.of("zh-CN", "en", "ru"));

  @Test
  void givesEachPageTheSiteOfTheLongestMatchingPath() {
    assertThat(page("fgw/news/a.html").siteId()).contains("fgw");
    assertThat(page("news/a.html").siteId()).contains("portal");
    assertThat(page("fgwx/index.html").siteId()).contains("portal");
    assertThat(page("404.html").siteId()).contains("portal");
  }

  @Test
  void knowsHomePagesInEveryLanguage() {
    assertThat(page("index.html").homePage()).isTrue();
    assertThat(page("en/index.html").homePage()).isTrue();
    assertThat(page("fgw/index.html").homePage()).isTrue();
    assertThat(page("fgw/ru/index.html").homePage()).isTrue();
    assertThat(page("fgw/news/index.html").homePage()).isFalse();
    assertThat(page("fgw/en/news/index.html").homePage()).isFalse();
    assertThat(page("sites.html").homePage()).isFalse();
    assertThat(page("de/index.html").homePage()).isFalse();
  }

  @Test
  void leavesPagesOutsideEverySiteWithoutSite() {
    PublishedCluster departmentsOnly =
        new PublishedCluster(Path.of("public"), BASE, Map.of("fgw/", "fgw"), Set.of());

    assertThat(departmentsOnly.page("index.html", BASE).siteId()).isEmpty();
    assertThat(departmentsOnly.page("index.html", BASE).homePage()).isFalse();
  }

  @Test
  void takesSitesLanguagesAndBaseUrlFromTheBuildersCluster() {
    Cluster built =
        new Cluster(
            "changchun",
            new LocalizedText(Map.of("zh-CN", "中国·长春")),
            BASE,
            "zh-CN",
            List.of("zh-CN", "en"),
            ZoneId.of("Asia/Shanghai"),
            List.of(site("portal", SiteKind.PORTAL, ""), site("fgw", SiteKind.DEPARTMENT, "fgw/")));

    PublishedCluster published = PublishedCluster.of(Path.of("public"), built);

    assertThat(published.baseUrl()).isEqualTo(BASE);
    assertThat(published.siteIdsByPath()).isEqualTo(Map.of("", "portal", "fgw/", "fgw"));
    assertThat(published.page("fgw/en/index.html", BASE).homePage()).isTrue();
  }

  @Test
  void addsTheFinalSlashToTheBaseUrl() {
    assertThat(cluster.withBaseUrl(URI.create("https://test.example.gov.cn/preview")).baseUrl())
        .isEqualTo(URI.create("https://test.example.gov.cn/preview/"));
  }

  @Test
  void rejectsABaseUrlThatIsNotHttp() {
    assertThatThrownBy(() -> cluster.withBaseUrl(URI.create("file:///srv/www/")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("file:///srv/www/");
    assertThatThrownBy(() -> cluster.withBaseUrl(URI.create("/relative/")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsSitePathsWithoutFinalSlash() {
    assertThatThrownBy(
            () -> new PublishedCluster(Path.of("p"), BASE, Map.of("fgw", "fgw"), Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fgw");
    assertThatThrownBy(
            () -> new PublishedCluster(Path.of("p"), BASE, Map.of("/fgw/", "fgw"), Set.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private SourcePage page(String path) {
    return cluster.page(path, BASE.resolve(path));
  }

  private static Site site(String id, SiteKind kind, String path) {
    return new Site(
        id,
        kind,
        new LocalizedText(Map.of("zh-CN", id)),
        id,
        path,
        "portal",
        List.of("zh-CN", "en"),
        Identification.NONE,
        List.of());
  }
}
