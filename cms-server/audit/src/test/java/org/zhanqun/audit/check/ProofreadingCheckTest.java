package org.zhanqun.audit.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhanqun.audit.SiteResult;
import org.zhanqun.audit.finding.Finding;
import org.zhanqun.audit.finding.ProofreadingEvidence;
import org.zhanqun.audit.rule.RuleKind;
import org.zhanqun.audit.rule.Rules;
import org.zhanqun.audit.testing.AuditRun;
import org.zhanqun.audit.testing.MiniCluster;

/**
 * serious-error, classified-marking and personal-data: the proofreader over a site's published
 * items, with the built-in lists.
 */
class ProofreadingCheckTest {

  /** A 居民身份证 number whose GB 11643 check digit (the last, 4) is valid. */
  static final String ID_NUMBER = "220102199003051234";

  private static final ExternalEvidence PROOFREAD =
      ExternalEvidence.NONE.withProofreader(AuditRun.builtInProofreader());

  static final String ALL_CATEGORIES =
      "[dynamic, notice, policy, interpretation, personnel, planning, guide, forms, interaction,"
          + " static, special]";

  @TempDir Path folder;

  private SiteResult dep(MiniCluster cluster) {
    return dep(cluster, AuditRun.DEFAULT_RULES);
  }

  private SiteResult dep(MiniCluster cluster, Rules rules) {
    return AuditRun.dep(cluster.read(), rules, MiniCluster.AS_OF, PROOFREAD);
  }

  @Test
  void aMisspeltStateNameInAPublishedItemVetoesTheSiteWithWhereItIs() {
    MiniCluster cluster =
        MiniCluster.complete(folder).text("news", "guoqing", 3, "庆祝国庆。\n热爱中华人民共合国，建设家乡。\n", false);

    SiteResult site = dep(cluster);

    assertThat(site.vetoes()).containsExactly("serious-error");
    assertThat(site.sleeping()).isTrue();
    Finding veto = AuditRun.findings(site, "serious-error").get(0);
    assertThat(veto.severity()).isEqualTo(RuleKind.VETO);
    assertThat(veto.item().toString()).isEqualTo("dep/news/guoqing.zh-CN");
    assertThat(veto.url()).isEqualTo("https://www.example.gov.cn/dep/news/guoqing.html");
    ProofreadingEvidence where = veto.proofreading();
    assertThat(where.category()).isEqualTo("serious-error");
    assertThat(where.field()).isEqualTo("body");
    assertThat(where.line()).isEqualTo(2);
    assertThat(where.offset()).isEqualTo(2);
    assertThat(where.text()).isEqualTo("中华人民共合国");
    assertThat(where.suggestion()).isEqualTo("中华人民共和国");
    assertThat(where.context()).contains("热爱中华人民共合国");
    assertThat(veto.found()).isEqualTo("中华人民共合国");
    assertThat(veto.evidence().en())
        .startsWith("\"guoqing\", body line 2, character 3: \"中华人民共合国\" (serious-error);")
        .contains("suggestion: 中华人民共和国");
    assertThat(veto.evidence().zh()).contains("body 第 2 行第 3 个字：「中华人民共合国」");
  }

  @Test
  void aClassifiedMarkingVetoesTheSite() {
    MiniCluster cluster =
        MiniCluster.complete(folder).text("notice", "tongzhi", 3, "秘密★1年\n\n关于开展检查的通知。\n", false);

    SiteResult site = dep(cluster);

    assertThat(site.vetoes()).containsExactly("classified-marking");
    Finding veto = AuditRun.findings(site, "classified-marking").get(0);
    assertThat(veto.proofreading().category()).isEqualTo("classified-marking");
    assertThat(veto.proofreading().text()).startsWith("秘密★");
    assertThat(veto.proofreading().line()).isEqualTo(1);
  }

  @Test
  void aPublishedIdNumberTakesPointsAndIsMaskedInAllTheEvidence() {
    MiniCluster cluster =
        MiniCluster.complete(folder)
            .text("notice", "gongshi", 3, "申请人张某，身份证号码 " + ID_NUMBER + "，予以公示。\n", false);

    SiteResult site = dep(cluster);

    assertThat(site.vetoes()).isEmpty();
    Finding leak = AuditRun.findings(site, "personal-data").get(0);
    assertThat(leak.severity()).isEqualTo(RuleKind.DEDUCTION);
    assertThat(leak.points()).isEqualByComparingTo("5");
    assertThat(site.score()).isEqualByComparingTo("95");
    assertThat(leak.proofreading().text()).isEqualTo("2201**********1234");
    assertThat(leak.found()).isEqualTo("2201**********1234");
    assertThat(leak.proofreading().context()).contains("2201**********1234");
    assertThat(leak.toString()).doesNotContain(ID_NUMBER).doesNotContain("19900305");
  }

  @Test
  void anIdAndAMobileNumberOnOneLineLeaveNoDigitsOfEitherInTheOthersEvidence() {
    MiniCluster cluster =
        MiniCluster.complete(folder)
            .text(
                "notice",
                "gongshi",
                3,
                "申请人李某（身份证号 " + ID_NUMBER + "，手机 13812345678）。\n热爱中华人民共合国。\n",
                false);

    SiteResult site = dep(cluster);

    assertThat(AuditRun.findings(site, "personal-data"))
        .extracting(f -> f.proofreading().text())
        .containsExactlyInAnyOrder("2201**********1234", "138****5678");
    assertThat(site.findings())
        .filteredOn(f -> f.proofreading() != null)
        .hasSize(3)
        .allSatisfy(
            f ->
                assertThat(f.toString())
                    .doesNotContainPattern("[0-9]{5,}")
                    .doesNotContain("220102"));
  }

  @Test
  void aNumberWithAWrongCheckDigitIsNoFinding() {
    MiniCluster cluster =
        MiniCluster.complete(folder)
            .text("notice", "gongshi", 3, "编号 220102199003051235 的档案。\n", false);

    assertThat(AuditRun.findings(dep(cluster), "personal-data")).isEmpty();
  }

  @Test
  void draftsAndItemsPublishedAfterTheDayDoNotCount() {
    String text = "中华人民共合国\n秘密★\n身份证 " + ID_NUMBER + "\n";
    MiniCluster cluster =
        MiniCluster.complete(folder)
            .text("news", "caogao", 3, text, true)
            .text("news", "mingtian", -1, text, false);

    SiteResult site = dep(cluster);

    assertThat(site.findings())
        .noneMatch(f -> f.proofreading() != null)
        .noneMatch(f -> f.item() != null && f.item().slug().equals("caogao"));
    assertThat(site.vetoes()).isEmpty();
  }

  @Test
  void anEvaluatorMayVetoPersonalDataInTheRulesFile() {
    String deduction =
        "    kind: deduction\n"
            + "    dimension: information-disclosure\n"
            + "    categories: "
            + ALL_CATEGORIES
            + "\n    parameters:\n"
            + "      points: 5                                  # per number published (≈)\n"
            + "      cap: 20                                    # (≈)\n";
    Rules vetoing =
        AuditRun.rulesWith(
            deduction,
            "    kind: veto\n"
                + "    dimension: information-disclosure\n"
                + "    categories: "
                + ALL_CATEGORIES
                + "\n    parameters:\n");
    MiniCluster cluster =
        MiniCluster.complete(folder)
            .text("notice", "gongshi", 3, "身份证号码 " + ID_NUMBER + "\n", false);

    SiteResult site = dep(cluster, vetoing);

    assertThat(site.vetoes()).containsExactly("personal-data");
    assertThat(AuditRun.findings(site, "personal-data").get(0).points()).isZero();
  }

  @Test
  void aLeakInAStaleColumnStillCounts() {
    MiniCluster cluster =
        MiniCluster.complete(folder)
            .remove("notice/fresh-notice.zh-CN.md")
            .text("notice", "jiu-gongshi", 400, "身份证号码 " + ID_NUMBER + "\n", false);

    SiteResult site = dep(cluster);

    assertThat(AuditRun.findings(site, "column-stale"))
        .extracting(Finding::column)
        .contains("notice");
    assertThat(AuditRun.findings(site, "personal-data"))
        .extracting(Finding::points)
        .containsExactly(BigDecimal.valueOf(5));
  }

  @Test
  void twoLeaksInOneItemAreTwoFindingsWithTheirOwnIdentity() {
    MiniCluster cluster =
        MiniCluster.complete(folder)
            .text("notice", "gongshi", 3, "甲 " + ID_NUMBER + "\n乙 22010219900306123X\n", false);

    List<Finding> leaks = AuditRun.findings(dep(cluster), "personal-data");

    assertThat(leaks).hasSize(2);
    assertThat(leaks.get(0).key()).isNotEqualTo(leaks.get(1).key());
    assertThat(leaks)
        .extracting(f -> f.proofreading().text())
        .containsExactlyInAnyOrder("2201**********1234", "2201**********123*");
  }
}
