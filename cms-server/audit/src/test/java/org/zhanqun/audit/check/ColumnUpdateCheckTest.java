package org.zhanqun.audit.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhanqun.audit.testing.AuditRun.dep;
import static org.zhanqun.audit.testing.AuditRun.findings;
import static org.zhanqun.audit.testing.MiniCluster.AS_OF;

import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhanqun.audit.SiteResult;
import org.zhanqun.audit.finding.Finding;
import org.zhanqun.audit.testing.MiniCluster;

class ColumnUpdateCheckTest {

  @TempDir Path folder;

  @Test
  void aCompleteFreshSiteHasNoFindingAndFullMarks() {
    SiteResult site = dep(MiniCluster.complete(folder).read());

    assertThat(site.findings()).isEmpty();
    assertThat(site.score()).isEqualByComparingTo("100");
    assertThat(site.grade()).isEqualTo("excellent");
    assertThat(site.sleeping()).isFalse();
  }

  @Test
  void aDynamicColumnIsFreshAtItsLimitAndStaleOneDayPast() {
    MiniCluster cluster = MiniCluster.complete(folder);

    assertThat(
            findings(
                dep(cluster.remove("news/fresh-news.zh-CN.md").item("news", "n", 13).read()),
                "column-stale"))
        .isEmpty();
    assertThat(
            findings(
                dep(cluster.remove("news/n.zh-CN.md").item("news", "n", 14).read()),
                "column-stale"))
        .isEmpty();
    SiteResult past = dep(cluster.remove("news/n.zh-CN.md").item("news", "n", 15).read());

    Finding stale = findings(past, "column-stale").get(0);
    assertThat(stale.column()).isEqualTo("news");
    assertThat(stale.evidence().en())
        .isEqualTo("last update 2026-11-01, 15 days before 2026-11-16, limit 14 days (14 days)");
    assertThat(stale.evidence().zh()).contains("最近更新 2026-11-01").contains("已 15 天");
    assertThat(stale.url()).isEqualTo("https://www.example.gov.cn/dep/news/");
    assertThat(stale.points()).isEqualByComparingTo("5");
    assertThat(past.score()).isEqualByComparingTo("95");
  }

  @Test
  void aSixMonthLimitCountsCalendarMonthsBackFromTheAsOfDate() {
    MiniCluster cluster = MiniCluster.complete(folder).remove("notice/fresh-notice.zh-CN.md");

    // as-of 2026-11-16 minus P6M = 2026-05-16: the cut-off day is still fresh
    cluster.item("notice", "n", AS_OF.minusMonths(6).plusDays(1), "zh-CN");
    assertThat(findings(dep(cluster.read()), "column-stale")).isEmpty();
    cluster.remove("notice/n.zh-CN.md").item("notice", "n", AS_OF.minusMonths(6), "zh-CN");
    assertThat(findings(dep(cluster.read()), "column-stale")).isEmpty();
    cluster
        .remove("notice/n.zh-CN.md")
        .item("notice", "n", AS_OF.minusMonths(6).minusDays(1), "zh-CN");

    Finding stale = findings(dep(cluster.read()), "column-stale").get(0);
    assertThat(stale.evidence().en())
        .contains("185 days before 2026-11-16, limit 6 months (184 days)");
  }

  @Test
  void vetoesColumnsNotUpdatedAtFiveStaleDynamicOrTopLevelNoticeAndPolicyColumns() {
    MiniCluster cluster = staleColumns(4);
    SiteResult four = dep(cluster.read());
    assertThat(four.vetoes()).isEmpty();
    assertThat(findings(four, "column-stale")).hasSize(4);

    SiteResult five = dep(staleColumns(5).read());
    assertThat(five.vetoes()).containsExactly("columns-not-updated");
    assertThat(five.sleeping()).isTrue();
    assertThat(five.grade()).isEqualTo("fail");
    Finding veto = findings(five, "columns-not-updated").get(0);
    assertThat(veto.found()).startsWith("5 stale columns: ");
    assertThat(veto.points()).isEqualByComparingTo(BigDecimal.ZERO);
    // the columns the veto counts are not deducted again
    assertThat(findings(five, "column-stale")).isEmpty();
  }

  @Test
  void aStaleSubColumnOfPolicyDoesNotCountForColumnsNotUpdatedButIsDeducted() {
    MiniCluster cluster = staleColumns(4);
    cluster.column("policy/normative", "policy");
    cluster.policy("policy/normative", "old", AS_OF.minusMonths(8), "valid", null);
    cluster.interpretation("interpretation", "old-jiedu", AS_OF.minusMonths(8), "old");

    SiteResult site = dep(cluster.read());

    assertThat(site.vetoes()).isEmpty();
    assertThat(findings(site, "column-stale"))
        .extracting(Finding::column)
        .contains("policy/normative");
  }

  @Test
  void vetoesAtTenStaleColumnsThatShouldBeUpdatedButNotAtNine() {
    assertThat(dep(shouldUpdateStale(9).read()).vetoes()).isEmpty();

    SiteResult ten = dep(shouldUpdateStale(10).read());
    assertThat(ten.vetoes()).containsExactly("should-update-columns-stale");
    assertThat(findings(ten, "should-update-columns-stale").get(0).found())
        .startsWith("10 stale columns");
  }

  @Test
  void capsTheDeductionsOfOneIndicator() {
    // 4 stale dynamic columns (20 points, the cap) and 2 stale personnel columns: 6 × 5 > 20
    MiniCluster cluster = staleColumns(4);
    for (int i = 0; i < 2; i++) {
      cluster.column("people" + i, "personnel").item("people" + i, "p" + i, 400);
    }

    SiteResult site = dep(cluster.read());

    assertThat(findings(site, "column-stale")).hasSize(6);
    assertThat(
            findings(site, "column-stale").stream()
                .map(Finding::points)
                .reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("20");
    assertThat(site.score()).isEqualByComparingTo("80");
  }

  @Test
  void freshnessFallsLinearlyFromHalfTheLimitToTwiceTheLimit() {
    MiniCluster cluster = MiniCluster.complete(folder).remove("news/fresh-news.zh-CN.md");

    assertThat(newsFreshness(cluster.item("news", "n", 7))).isEqualByComparingTo("100");
    assertThat(newsFreshness(cluster.remove("news/n.zh-CN.md").item("news", "n", 14)))
        .isEqualByComparingTo("66.7");
    assertThat(newsFreshness(cluster.remove("news/n.zh-CN.md").item("news", "n", 28)))
        .isEqualByComparingTo("0");
    assertThat(newsFreshness(cluster.remove("news/n.zh-CN.md").item("news", "n", 700)))
        .isEqualByComparingTo("0");
  }

  private BigDecimal newsFreshness(MiniCluster cluster) {
    return dep(cluster.read()).columns().stream()
        .filter(c -> c.column().equals("news"))
        .findFirst()
        .orElseThrow()
        .freshness();
  }

  /** A complete site plus {@code count} more dynamic columns, each last updated 30 days ago. */
  private MiniCluster staleColumns(int count) {
    MiniCluster cluster = MiniCluster.complete(folder);
    for (int i = 0; i < count; i++) {
      cluster.column("dyn" + i, "dynamic").item("dyn" + i, "old" + i, 30);
    }
    return cluster;
  }

  /** A complete site plus {@code count} planning columns, each last updated 400 days ago. */
  private MiniCluster shouldUpdateStale(int count) {
    MiniCluster cluster = MiniCluster.complete(folder);
    for (int i = 0; i < count; i++) {
      cluster.column("plan" + i, "planning").item("plan" + i, "old" + i, 400);
    }
    return cluster;
  }
}
