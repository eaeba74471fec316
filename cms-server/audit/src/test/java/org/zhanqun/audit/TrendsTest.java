package org.zhanqun.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhanqun.audit.finding.FindingKey;
import org.zhanqun.audit.testing.AuditRun;
import org.zhanqun.audit.testing.MiniCluster;

class TrendsTest {

  @TempDir Path folder;

  @Test
  void tellsTheFindingsFixedAndOpenedSinceThePreviousRun() {
    // run 1: the notice column is stale; run 2, a week later: a new notice fixed it, but the
    // news column (last item 10 days before run 1) is now past its 14 days
    MiniCluster cluster = MiniCluster.complete(folder).remove("notice/fresh-notice.zh-CN.md");
    cluster.item("notice", "old", 300).remove("news/fresh-news.zh-CN.md").item("news", "n", 10);
    AuditResult first = run(cluster, MiniCluster.AS_OF);
    cluster.item("notice", "new", MiniCluster.AS_OF.plusDays(2), "zh-CN");
    AuditResult second = run(cluster, MiniCluster.AS_OF.plusDays(7));

    Trends trends = Trends.of(List.of(second, first));

    assertThat(trends.previous()).isEqualTo(MiniCluster.AS_OF);
    assertThat(trends.latest()).isEqualTo(MiniCluster.AS_OF.plusDays(7));
    assertThat(trends.fixed())
        .containsExactly(
            new FindingKey(
                "column-stale", "dep", "notice", null, "https://www.example.gov.cn/dep/notice/"));
    assertThat(trends.opened())
        .containsExactly(
            new FindingKey(
                "column-stale", "dep", "news", null, "https://www.example.gov.cn/dep/news/"));
    Trends.SiteTrend dep =
        trends.sites().stream().filter(s -> s.site().equals("dep")).findFirst().orElseThrow();
    assertThat(dep.points())
        .extracting(Trends.ScorePoint::asOf)
        .containsExactly(MiniCluster.AS_OF, MiniCluster.AS_OF.plusDays(7));
    assertThat(dep.points())
        .extracting(p -> p.score().toPlainString())
        .containsExactly("95.00", "95.00");
  }

  @Test
  void aSingleRunOpensAllItsFindings() {
    AuditResult only =
        run(
            MiniCluster.complete(folder).remove("news/fresh-news.zh-CN.md").item("news", "n", 20),
            MiniCluster.AS_OF);

    Trends trends = Trends.of(List.of(only));

    assertThat(trends.previous()).isNull();
    assertThat(trends.opened()).extracting(FindingKey::rule).containsExactly("column-stale");
    assertThat(trends.fixed()).isEmpty();
  }

  private static AuditResult run(MiniCluster cluster, java.time.LocalDate asOf) {
    return new Audit()
        .run(AuditRequest.of(cluster.read(), AuditRun.DEFAULT_RULES, asOf).forSite("dep"));
  }
}
