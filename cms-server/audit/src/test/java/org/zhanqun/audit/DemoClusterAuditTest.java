package org.zhanqun.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zhanqun.audit.finding.Finding;
import org.zhanqun.audit.report.JsonReport;
import org.zhanqun.audit.rule.RulesFile;
import org.zhanqun.audit.testing.DemoCluster;
import org.zhanqun.builder.source.ContentSet;
import org.zhanqun.proofreading.Proofreader;

/** The demo cluster at 2026-11-16 gives exactly what docs/demo-cluster.md promises. */
class DemoClusterAuditTest {

  private static ContentSet content;
  private static AuditResult result;

  @BeforeAll
  static void audit() {
    content = DemoCluster.read();
    result =
        new Audit()
            .run(
                AuditRequest.of(content, RulesFile.nationalDefault(), DemoCluster.AS_OF)
                    .withProofreader(DemoCluster.proofreader()));
  }

  private static SiteResult site(String id) {
    return result.site(id).orElseThrow();
  }

  private static List<String> deductions(String site, String rule) {
    return site(site).findings().stream()
        .filter(f -> f.rule().equals(rule))
        .map(
            f ->
                f.item() != null
                    ? f.item().column() + "/" + f.item().slug()
                    : f.column() != null ? f.column() : f.found())
        .toList();
  }

  @Test
  void exactlyNyjJtjAndMzjSleepEachOnItsVetoes() {
    assertThat(result.sleeping()).containsExactly("jtj", "nyj", "mzj");
    assertThat(site("nyj").vetoes()).containsExactly("home-not-updated");
    assertThat(site("jtj").vetoes()).containsExactly("empty-columns", "home-not-updated");
    assertThat(site("mzj").vetoes()).containsExactly("columns-not-updated");
    assertThat(result.sites())
        .filteredOn(s -> !s.sleeping())
        .allSatisfy(s -> assertThat(s.vetoes()).isEmpty());
  }

  @Test
  void nyjPublishedNothingFor96Days() {
    Finding veto = findings("nyj", "home-not-updated").get(0);
    assertThat(veto.item().slug()).isEqualTo("sanqiu-shengchan-bushu");
    assertThat(veto.found()).isEqualTo("newest item 2026-08-12 (96 days)");
    assertThat(deductions("nyj", "column-stale")).containsExactly("news", "policy/normative");
    assertThat(deductions("nyj", "guide-element-missing"))
        .containsExactly("guide/zhaijidi-shenqing");
    assertThat(findings("nyj", "guide-element-missing").get(0).found())
        .isEqualTo("missing fees, location, hours, phone");
    assertThat(deductions("nyj", "policy-not-interpreted"))
        .containsExactly("policy/normative/nongcun-zhaijidi-guanli");
    // its column, policy/normative, is already deducted as stale: no second penalty
    assertThat(findings("nyj", "policy-not-interpreted").get(0).points()).isZero();
  }

  @Test
  void jtjHasFiveEmptyColumnsAndAStaleHomePage() {
    assertThat(findings("jtj", "empty-columns").get(0).found())
        .isEqualTo(
            "5 empty columns: interpretation, personnel, planning/statistics, interaction/fangtan, about/neishe");
    assertThat(findings("jtj", "home-not-updated").get(0).found())
        .isEqualTo("newest item 2026-10-22 (25 days)");
    assertThat(deductions("jtj", "column-stale")).containsExactly("news", "policy/normative");
    assertThat(findings("jtj", "guide-element-missing").get(0).found()).isEqualTo("missing fees");
    assertThat(deductions("jtj", "policy-not-interpreted")).hasSize(2);
  }

  @Test
  void mzjAbandonedThreeSubColumnsTheNoticesAndThePolicies() {
    assertThat(findings("mzj", "columns-not-updated").get(0).found())
        .isEqualTo("5 stale columns: news/jiceng, news/shzz, news/cishan, notice, policy");
    assertThat(deductions("mzj", "column-stale"))
        .containsExactly("interpretation", "policy/normative");
    assertThat(site("mzj").vetoes()).doesNotContain("should-update-columns-stale");
  }

  @Test
  void theProofreaderFindsNothingInThePublishedItemsTheDraftsPlantsDoNotCount() {
    assertThat(result.notEvaluated())
        .extracting(NotEvaluated::rule)
        .containsExactly(
            "site-unreachable",
            "interaction-unanswered",
            "backdated",
            "broken-link-home",
            "broken-link",
            "search-unavailable",
            "interaction-no-channel",
            "interaction-reply-stale",
            "interaction-overdue",
            "consultation-no-result",
            "error-report-open");
    assertThat(result.findings()).allSatisfy(f -> assertThat(f.proofreading()).isNull());
    assertThat(result.findings())
        .extracting(Finding::rule)
        .doesNotContain("serious-error", "classified-marking", "personal-data");
    // the deliberate block findings (demo-cluster.md) are there, in drafts only
    Proofreader proofreader = DemoCluster.proofreader();
    assertThat(content.items())
        .filteredOn(item -> proofreader.check(item).stream().anyMatch(f -> f.blocks()))
        .isNotEmpty()
        .allSatisfy(item -> assertThat(item.draft()).as(item.file()).isTrue());
  }

  @Test
  void thePassingSitesCarryTheirDeliberateDeductions() {
    assertThat(deductions("wsj", "column-stale")).containsExactly("notice");
    assertThat(findings("wsj", "column-stale").get(0).evidence().en())
        .isEqualTo("last update 2026-04-30, 200 days before 2026-11-16, limit 6 months (184 days)");
    assertThat(deductions("gaj", "guide-element-missing")).containsExactly("guide/hukou-qianru");
    assertThat(deductions("rsj", "identification-missing")).containsExactly("missing");
    assertThat(findings("rsj", "identification-missing").get(0).evidence().en())
        .contains("publicSecurity");
    assertThat(deductions("zjj", "guide-element-missing"))
        .containsExactly("guide/jianzhu-shigong-xuke");
    assertThat(deductions("sthjj", "guide-element-missing")).containsExactly("guide/paiwu-dengji");
    assertThat(result.findings()).noneMatch(f -> f.rule().equals("form-missing"));
  }

  @Test
  void theNineValidUninterpretedPoliciesAreReported() {
    assertThat(
            result.findings().stream()
                .filter(f -> f.rule().equals("policy-not-interpreted"))
                .map(f -> f.site() + "/" + f.item().slug()))
        .containsExactlyInAnyOrder(
            "fgw/cujin-xiaofei-fangan",
            "wlj/yanchu-shichang-guanli",
            "scjgj/canyin-shipin-anquan-guanli",
            "wsj/hulizhan-fazhan",
            "sthjj/huanjing-xingzheng-chufa-cailiang",
            "jtj/gongjiao-youxian-fazhan",
            "jtj/wangyueche-guanli",
            "nyj/nongcun-zhaijidi-guanli",
            "mzj/yanglao-jigou-butie");
  }

  @Test
  void theMissingTranslationsAreCountedPerSiteAndLanguage() {
    Map<String, Long> counts =
        result.findings().stream()
            .filter(f -> f.rule().equals("translation-missing"))
            .collect(
                Collectors.groupingBy(
                    f -> f.site() + " " + f.item().language(), Collectors.counting()));
    assertThat(counts)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "portal en",
                31L,
                "portal ru",
                39L,
                "fgw en",
                19L,
                "jyj en",
                21L,
                "wlj en",
                16L,
                "scjgj en",
                23L));
  }

  @Test
  void ranksSitesWithoutVetoFirstAndTheSleepersLast() {
    assertThat(result.ranking()).hasSize(13);
    assertThat(result.ranking().subList(10, 13)).containsExactlyInAnyOrder("nyj", "jtj", "mzj");
    List<SiteResult> passing =
        result.ranking().subList(0, 10).stream().map(DemoClusterAuditTest::site).toList();
    assertThat(passing).isSortedAccordingTo((a, b) -> b.score().compareTo(a.score()));
  }

  @Test
  void theSameDataAndDateGiveTheSameBytes() {
    AuditResult again =
        new Audit()
            .run(
                AuditRequest.of(DemoCluster.read(), RulesFile.nationalDefault(), DemoCluster.AS_OF)
                    .withProofreader(DemoCluster.proofreader()));

    assertThat(json(again)).isEqualTo(json(result));
    assertThat(again).isEqualTo(result);
  }

  @Test
  void anAsOfDateInThePastIgnoresLaterItems() {
    AuditResult august =
        new Audit()
            .run(
                AuditRequest.of(
                    content, RulesFile.nationalDefault(), java.time.LocalDate.of(2026, 8, 20)));

    // nyj's newest item (2026-08-12) is 8 days old then: its home page counts as updated
    assertThat(august.site("nyj").orElseThrow().vetoes()).doesNotContain("home-not-updated");
    assertThat(august.findings())
        .filteredOn(f -> f.rule().equals("home-not-updated"))
        .allSatisfy(f -> assertThat(f.found()).doesNotContain("2026-09").doesNotContain("2026-1"));
    assertThat(august.site("portal").orElseThrow().columns())
        .allSatisfy(
            c ->
                assertThat(
                        c.lastPublished() == null
                            || !c.lastPublished().isAfter(java.time.LocalDate.of(2026, 8, 20)))
                    .isTrue());
  }

  @Test
  void auditsOneSiteAlone() {
    AuditResult one =
        new Audit()
            .run(
                AuditRequest.of(content, RulesFile.nationalDefault(), DemoCluster.AS_OF)
                    .forSite("wsj"));

    assertThat(one.sites()).singleElement().isEqualTo(site("wsj"));
    assertThat(one.ranking()).containsExactly("wsj");
  }

  @Test
  void refusesAnUnknownSite() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                new Audit()
                    .run(
                        AuditRequest.of(content, RulesFile.nationalDefault(), DemoCluster.AS_OF)
                            .forSite("nosuch")))
        .isInstanceOf(UnknownSiteException.class)
        .hasMessageStartingWith("unknown site 'nosuch'; the cluster has portal, fgw, jyj");
  }

  private static List<Finding> findings(String site, String rule) {
    return site(site).findings().stream().filter(f -> f.rule().equals(rule)).toList();
  }

  private static String json(AuditResult r) {
    StringWriter out = new StringWriter();
    new JsonReport().write(r, out);
    return out.toString();
  }
}
