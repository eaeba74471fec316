package org.zhanqun.audit.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhanqun.audit.testing.AuditRun.dep;
import static org.zhanqun.audit.testing.AuditRun.findings;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhanqun.audit.SiteResult;
import org.zhanqun.audit.finding.Finding;
import org.zhanqun.audit.testing.AuditRun;
import org.zhanqun.audit.testing.MiniCluster;

class PolicyChecksTest {

  /** A Friday: three working days later is the Wednesday 2026-11-11. */
  private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 6);

  @TempDir Path folder;

  private MiniCluster policyOn(LocalDate published) {
    return MiniCluster.complete(folder).policy("policy", "measures", published, "valid", null);
  }

  @Test
  void anInterpretationWithinThreeWorkingDaysIsInTime() {
    MiniCluster cluster =
        policyOn(FRIDAY)
            .interpretation("interpretation", "jiedu", LocalDate.of(2026, 11, 11), "measures");

    assertThat(findings(dep(cluster.read()), "policy-not-interpreted")).isEmpty();
  }

  @Test
  void anInterpretationOneWorkingDayLateIsReported() {
    MiniCluster cluster =
        policyOn(FRIDAY)
            .interpretation("interpretation", "jiedu", LocalDate.of(2026, 11, 12), "measures");

    Finding late = findings(dep(cluster.read()), "policy-not-interpreted").get(0);
    assertThat(late.item().slug()).isEqualTo("measures");
    assertThat(late.found()).isEqualTo("first interpretation 2026-11-12");
    assertThat(late.expected()).isEqualTo("an interpretation by 2026-11-11 (3 working days)");
  }

  @Test
  void aPolicyWithoutInterpretationIsReportedOnlyOnceItsDeadlineHasPassed() {
    MiniCluster cluster = policyOn(FRIDAY);

    assertThat(findings(dep(cluster.read(), LocalDate.of(2026, 11, 11)), "policy-not-interpreted"))
        .isEmpty();
    assertThat(findings(dep(cluster.read(), LocalDate.of(2026, 11, 12)), "policy-not-interpreted"))
        .singleElement()
        .satisfies(f -> assertThat(f.found()).isEqualTo("none"));
  }

  @Test
  void policiesNoLongerInForceNeedNoInterpretationUnlessTheRulesSayAll() {
    MiniCluster cluster =
        MiniCluster.complete(folder)
            .policy("policy", "old", FRIDAY.minusDays(30), "repealed", null);
    assertThat(findings(dep(cluster.read()), "policy-not-interpreted")).isEmpty();

    SiteResult all =
        dep(cluster.read(), AuditRun.rulesWith("majorPolicies: valid", "majorPolicies: all"));
    assertThat(findings(all, "policy-not-interpreted"))
        .extracting(f -> f.item().slug())
        .containsExactly("old");
  }

  @Test
  void anExpiredPolicyStillMarkedValidIsReported() {
    MiniCluster cluster = MiniCluster.complete(folder);
    cluster.policy("policy", "ends-today", FRIDAY, "valid", MiniCluster.AS_OF);
    cluster.policy("policy", "ended", FRIDAY, "valid", MiniCluster.AS_OF.minusDays(1));
    cluster.policy("policy", "ended-marked", FRIDAY, "expired", MiniCluster.AS_OF.minusDays(1));

    assertThat(findings(dep(cluster.read()), "repealed-not-marked"))
        .extracting(f -> f.item().slug())
        .containsExactly("ended");
  }

  @Test
  void requiresTheMetadataTheRulesList() {
    MiniCluster cluster = MiniCluster.complete(folder);
    assertThat(findings(dep(cluster.read()), "policy-metadata-incomplete")).isEmpty();

    SiteResult site =
        dep(
            cluster.read(),
            AuditRun.rulesWith(
                "elements: [indexNo, issuer, writtenOn, validity]",
                "elements: [indexNo, issuer, writtenOn, validity, docNo]"));
    assertThat(findings(site, "policy-metadata-incomplete"))
        .singleElement()
        .satisfies(f -> assertThat(f.found()).isEqualTo("missing docNo"));
  }

  @Test
  void aFindingOnAColumnAlreadyPenalisedAsStaleTakesNoPoints() {
    // the only policy is 8 months old: its column is stale, and it has no interpretation
    MiniCluster cluster = MiniCluster.complete(folder).remove("policy/fresh-policy.zh-CN.md");
    cluster.remove("interpretation/fresh-jiedu.zh-CN.md").item("interpretation", "x", 1);
    cluster.file(
        "interpretation/x.zh-CN.md",
        "---\ntype: interpretation\ntitle: x\npublished: 2026-11-15T09:00:00+08:00\ninterpretation:\n  interprets: [dep/other]\n---\n");
    cluster.policy("policy", "other", MiniCluster.AS_OF.minusMonths(1), "repealed", null);
    cluster.remove("policy/other.zh-CN.md");
    cluster
        .column("laws", "policy")
        .policy("laws", "law", MiniCluster.AS_OF.minusMonths(8), "valid", null);
    cluster.policy("policy", "other", MiniCluster.AS_OF.minusDays(20), "repealed", null);

    SiteResult site = dep(cluster.read());

    assertThat(findings(site, "column-stale")).extracting(Finding::column).containsExactly("laws");
    Finding uninterpreted = findings(site, "policy-not-interpreted").get(0);
    assertThat(uninterpreted.column()).isEqualTo("laws");
    assertThat(uninterpreted.nominalPoints()).isEqualByComparingTo("1");
    assertThat(uninterpreted.points()).isEqualByComparingTo("0");
    assertThat(site.score()).isEqualByComparingTo("95");
  }
}
