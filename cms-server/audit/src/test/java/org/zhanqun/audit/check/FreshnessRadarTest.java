package org.zhanqun.audit.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhanqun.audit.Audit;
import org.zhanqun.audit.AuditRequest;
import org.zhanqun.audit.check.FreshnessRadar.RadarColumn;
import org.zhanqun.audit.check.FreshnessRadar.State;
import org.zhanqun.audit.check.FreshnessRadar.Warning;
import org.zhanqun.audit.testing.AuditRun;
import org.zhanqun.audit.testing.MiniCluster;

class FreshnessRadarTest {

  @TempDir Path folder;

  private static FreshnessRadar radar(MiniCluster cluster) {
    return new Audit()
        .radar(
            AuditRequest.of(cluster.read(), AuditRun.DEFAULT_RULES, MiniCluster.AS_OF)
                .forSite("dep"));
  }

  @Test
  void showsEveryColumnWithItsLastUpdateLimitAndDaysLeftAndNoWarningForAFreshSite() {
    FreshnessRadar radar = radar(MiniCluster.complete(folder));

    assertThat(radar.columns())
        .extracting(c -> c.state().path(), RadarColumn::limitDays, RadarColumn::daysLeft)
        .startsWith(tuple("news", 14L, 13L), tuple("notice", 184L, 182L))
        .contains(tuple("special", null, null));
    assertThat(radar.columns())
        .extracting(RadarColumn::freshness)
        .containsOnly(State.OK, State.NO_LIMIT);
    assertThat(radar.warnings()).isEmpty();
  }

  @Test
  void aColumnWhoseLimitRunsOutWithinAWeekIsDueSoonAndOnePastItIsStale() {
    MiniCluster cluster = MiniCluster.complete(folder).column("events", "dynamic");
    cluster.column("briefs", "dynamic").item("events", "ten-days", 10).item("briefs", "old", 20);

    FreshnessRadar radar = radar(cluster);

    assertThat(radar.columns())
        .filteredOn(c -> c.state().path().equals("events") || c.state().path().equals("briefs"))
        .extracting(c -> c.state().path(), RadarColumn::daysLeft, RadarColumn::freshness)
        .containsExactly(tuple("events", 4L, State.DUE_SOON), tuple("briefs", -6L, State.STALE));
  }

  @Test
  void warnsFromTwoEmptyColumnsBeforeTheVetoAtFive() {
    MiniCluster cluster =
        MiniCluster.complete(folder).column("empty0", "personnel").column("empty1", "planning");

    FreshnessRadar radar = radar(cluster);

    assertThat(radar.columns())
        .filteredOn(c -> c.freshness() == State.EMPTY)
        .extracting(c -> c.state().path())
        .containsExactly("empty0", "empty1");
    assertThat(radar.warnings())
        .extracting(
            Warning::rule, Warning::value, Warning::warnAt, Warning::vetoAt, Warning::vetoed)
        .containsExactly(tuple("empty-columns", 2L, 2L, 5L, false));
    assertThat(radar.warnings().get(0).message().en())
        .isEqualTo("2 empty columns (warning at 2, veto at 5): empty0, empty1");
  }

  @Test
  void warnsAfterTenDaysWithoutNewsOnTheHomePageBeforeTheVetoAtFourteen() {
    MiniCluster cluster = new MiniCluster(folder).column("news", "dynamic");
    cluster.item("news", "eleven-days", 11);

    FreshnessRadar radar = radar(cluster);

    assertThat(radar.warnings())
        .extracting(
            Warning::rule, Warning::value, Warning::warnAt, Warning::vetoAt, Warning::vetoed)
        .containsExactly(tuple("home-not-updated", 11L, 10L, 14L, false));
    assertThat(radar.warnings().get(0).message().zh()).startsWith("首页已 11 天没有新内容");
  }

  @Test
  void warnsFromSixStaleColumnsBeforeTheVetoAtTen() {
    MiniCluster cluster = MiniCluster.complete(folder);
    for (int i = 0; i < 6; i++) {
      cluster.column("old" + i, "dynamic").item("old" + i, "old-" + i, 30);
    }

    FreshnessRadar radar = radar(cluster);

    assertThat(radar.warnings())
        .extracting(Warning::rule, Warning::value, Warning::warnAt, Warning::vetoAt)
        .containsExactly(
            tuple("columns-not-updated", 6L, 3L, 5L),
            tuple("should-update-columns-stale", 6L, 6L, 10L));
    assertThat(radar.warnings().get(0).vetoed()).isTrue();
  }
}
