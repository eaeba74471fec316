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

/** Identification and translations: rules about a whole site. */
class SiteChecksTest {

  @TempDir Path folder;

  @Test
  void reportsEachMissingPartOfTheIdentification() {
    MiniCluster cluster =
        MiniCluster.complete(folder)
            .identification(
                """
                identification:
                  siteCode: "2201000002"
                  icp: 吉ICP备05000000号
                """);

    SiteResult site = dep(cluster.read());

    assertThat(findings(site, "identification-missing"))
        .extracting(f -> f.evidence().en())
        .containsExactly(
            "the footer lacks the contact (site.yaml has no contact)",
            "the footer lacks the public-security record number (site.yaml has no publicSecurity)");
    assertThat(site.score()).isEqualByComparingTo("98");
  }

  @Test
  void reportsEachItemWithoutAVersionInAnotherLanguageOfTheSite() {
    MiniCluster cluster = MiniCluster.complete(folder).languages("zh-CN", "en");
    cluster.item("news", "fresh-news", MiniCluster.AS_OF.minusDays(1), "en");

    SiteResult site = dep(cluster.read());

    assertThat(findings(site, "translation-missing"))
        .extracting(f -> f.item().toString())
        .contains("dep/notice/fresh-notice.en", "dep/about/overview.en")
        .doesNotContain("dep/news/fresh-news.en");
    Finding one = findings(site, "translation-missing").get(0);
    assertThat(one.nominalPoints()).isEqualByComparingTo("0.1");
    assertThat(one.url()).doesNotContain("/en/");
  }

  @Test
  void aSingleLanguageSiteNeedsNoTranslation() {
    assertThat(findings(dep(MiniCluster.complete(folder).read()), "translation-missing")).isEmpty();
  }
}
