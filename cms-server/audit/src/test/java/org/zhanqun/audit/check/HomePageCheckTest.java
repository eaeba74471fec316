package org.zhanqun.audit.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhanqun.audit.testing.AuditRun.dep;
import static org.zhanqun.audit.testing.AuditRun.findings;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhanqun.audit.SiteResult;
import org.zhanqun.audit.finding.Finding;
import org.zhanqun.audit.testing.MiniCluster;

class HomePageCheckTest {

  @TempDir Path folder;

  /** A site whose only recent item is the news item {@code daysBefore} the as-of date. */
  private MiniCluster newestNews(int daysBefore) {
    MiniCluster cluster = new MiniCluster(folder);
    cluster.column("news", "dynamic").column("about", "static").column("guide", "guide");
    cluster.item("news", "latest", daysBefore).item("about", "overview", 1);
    cluster.guide("guide", "g", 200, java.util.Set.of());
    return cluster;
  }

  @Test
  void anItemFourteenDaysOldStillUpdatesTheHomePage() {
    assertThat(findings(dep(newestNews(13).read()), "home-not-updated")).isEmpty();
    assertThat(findings(dep(newestNews(14).read()), "home-not-updated")).isEmpty();
  }

  @Test
  void vetoesAHomePageWithNothingNewForFifteenDays() {
    SiteResult site = dep(newestNews(15).read());

    assertThat(site.vetoes()).containsExactly("home-not-updated");
    Finding veto = findings(site, "home-not-updated").get(0);
    assertThat(veto.item().slug()).isEqualTo("latest");
    assertThat(veto.url()).isEqualTo("https://www.example.gov.cn/dep/");
    assertThat(veto.evidence().en())
        .isEqualTo(
            "newest item on the home page: news/latest of 2026-11-01, 15 days before 2026-11-16;"
                + " nothing new from 2026-11-02 to 2026-11-16 (14 days)");
  }

  @Test
  void staticPagesAreNotOnTheHomePageButNewGuidesAre() {
    // the static page of yesterday does not count (see newestNews); a guide of yesterday does
    MiniCluster cluster = newestNews(30);
    assertThat(dep(cluster.read()).vetoes()).contains("home-not-updated");

    cluster.guide("guide", "new-guide", 1, java.util.Set.of());
    assertThat(dep(cluster.read()).vetoes()).doesNotContain("home-not-updated");
  }

  @Test
  void aNavigationOnlyHomePageIsUpdatedThroughItsSecondLevelPages() {
    MiniCluster cluster = new MiniCluster(folder);
    cluster.column("about", "static").column("mailbox", "interaction");
    cluster.item("about", "overview", 400).item("mailbox", "rules", 3);

    assertThat(dep(cluster.read()).vetoes()).doesNotContain("home-not-updated");

    cluster.remove("mailbox/rules.zh-CN.md").item("mailbox", "rules", 20);
    assertThat(dep(cluster.read()).vetoes()).contains("home-not-updated");
  }
}
