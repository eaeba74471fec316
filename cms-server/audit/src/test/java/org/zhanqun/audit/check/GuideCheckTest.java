package org.zhanqun.audit.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhanqun.audit.testing.AuditRun.dep;
import static org.zhanqun.audit.testing.AuditRun.findings;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhanqun.audit.SiteResult;
import org.zhanqun.audit.finding.Finding;
import org.zhanqun.audit.testing.AuditRun;
import org.zhanqun.audit.testing.MiniCluster;

class GuideCheckTest {

  private static final Set<String> FOUR_KEY_ELEMENTS = Set.of("fees", "location", "hours", "phone");
  private static final Set<String> THREE_KEY_ELEMENTS = Set.of("fees", "location", "hours");

  @TempDir Path folder;

  private MiniCluster guides(int incomplete, int complete, Set<String> missing) {
    MiniCluster cluster = MiniCluster.complete(folder).remove("guide/complete-guide.zh-CN.md");
    for (int i = 0; i < incomplete; i++) {
      cluster.guide("guide", "poor" + i, 50, missing);
    }
    for (int i = 0; i < complete; i++) {
      cluster.guide("guide", "good" + i, 50, Set.of());
    }
    return cluster;
  }

  @Test
  void vetoesFiveGuidesEachMissingFourKeyElements() {
    assertThat(dep(guides(4, 2, FOUR_KEY_ELEMENTS).read()).vetoes()).isEmpty();
    assertThat(dep(guides(5, 2, THREE_KEY_ELEMENTS).read()).vetoes()).isEmpty();

    SiteResult site = dep(guides(5, 2, FOUR_KEY_ELEMENTS).read());

    assertThat(site.vetoes()).containsExactly("guides-incomplete");
    assertThat(findings(site, "guides-incomplete").get(0).evidence().en())
        .startsWith(
            "5 of 7 service guides each lack at least 4 of the 10 key elements: guide/poor0 (location, fees, hours, phone)");
  }

  @Test
  void withFewerThanFiveGuidesVetoesOnlyWhenEveryOneIsIncomplete() {
    assertThat(dep(guides(2, 1, FOUR_KEY_ELEMENTS).read()).vetoes()).isEmpty();
    assertThat(dep(guides(3, 0, FOUR_KEY_ELEMENTS).read()).vetoes())
        .containsExactly("guides-incomplete");
  }

  @Test
  void deductsEachIncompleteGuideUpToTheCap() {
    SiteResult site = dep(guides(6, 0, Set.of("fees")).read());

    assertThat(findings(site, "guide-element-missing"))
        .hasSize(6)
        .allSatisfy(f -> assertThat(f.found()).isEqualTo("missing fees"));
    assertThat(findings(site, "guide-element-missing"))
        .extracting(Finding::points)
        .containsExactly(bd("2"), bd("2"), bd("2"), bd("2"), bd("2"), bd("0"));
    assertThat(site.score()).isEqualByComparingTo("90");
  }

  @Test
  void vetoesASiteWithAGuideColumnButNoGuide() {
    SiteResult site = dep(guides(0, 0, Set.of()).read());

    assertThat(site.vetoes()).contains("no-services");
    assertThat(site.withServices()).isTrue();
  }

  @Test
  void aSiteWithoutServicesIsScoredOutOfSeventyFiveScaledToAHundred() {
    MiniCluster cluster = new MiniCluster(folder);
    cluster.column("news", "dynamic").column("notice", "notice").column("about", "static");
    cluster.item("news", "fresh", 1).item("notice", "old", 200).item("about", "overview", 1);

    SiteResult site = dep(cluster.read());

    assertThat(site.withServices()).isFalse();
    assertThat(site.vetoes()).isEmpty();
    assertThat(findings(site, "column-stale")).hasSize(1);
    // (75 - 5) / 75 × 100
    assertThat(site.score()).isEqualByComparingTo("93.33");
    assertThat(site.dimensions())
        .filteredOn(d -> d.dimension().equals("online-services"))
        .singleElement()
        .satisfies(d -> assertThat(d.applicable()).isFalse());
  }

  @Test
  void reportsAFormNotPublishedOnTheAsOfDate() {
    MiniCluster cluster = MiniCluster.complete(folder).form("forms", "later-form", -3);
    cluster.guide("guide", "needs-later", 50, Set.of(), "later-form");

    SiteResult site = dep(cluster.read());

    Finding missing = findings(site, "form-missing").get(0);
    assertThat(missing.item().slug()).isEqualTo("needs-later");
    assertThat(missing.evidence().en())
        .contains("names the form dep/later-form, which is not published up to 2026-11-16");
    assertThat(dep(cluster.read(), MiniCluster.AS_OF.plusDays(3)).findings())
        .noneMatch(f -> f.rule().equals("form-missing"));
  }

  @Test
  void reportsAFormFileMissingFromThePublishedFolder(@TempDir Path published) throws Exception {
    MiniCluster cluster = MiniCluster.complete(folder);
    ExternalEvidence evidence = ExternalEvidence.NONE.withPublished(published);

    SiteResult missing =
        AuditRun.dep(cluster.read(), AuditRun.DEFAULT_RULES, MiniCluster.AS_OF, evidence);
    assertThat(findings(missing, "form-missing"))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.url())
                    .isEqualTo("https://www.example.gov.cn/dep/forms/files/apply-form.pdf"));

    Files.createDirectories(published.resolve("dep/forms/files"));
    Files.writeString(published.resolve("dep/forms/files/apply-form.pdf"), "%PDF-1.4");
    SiteResult present =
        AuditRun.dep(cluster.read(), AuditRun.DEFAULT_RULES, MiniCluster.AS_OF, evidence);
    assertThat(findings(present, "form-missing")).isEmpty();
  }

  private static BigDecimal bd(String value) {
    return new BigDecimal(value);
  }
}
