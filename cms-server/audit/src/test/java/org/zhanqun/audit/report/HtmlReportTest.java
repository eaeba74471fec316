package org.zhanqun.audit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zhanqun.audit.Audit;
import org.zhanqun.audit.AuditRequest;
import org.zhanqun.audit.AuditResult;
import org.zhanqun.audit.SiteResult;
import org.zhanqun.audit.finding.Finding;
import org.zhanqun.audit.rule.RuleKind;
import org.zhanqun.audit.rule.RulesFile;
import org.zhanqun.audit.rule.Text;
import org.zhanqun.audit.testing.DemoCluster;
import org.zhanqun.builder.source.ContentSet;

class HtmlReportTest {

  private static AuditResult november;
  private static AuditResult september;

  @BeforeAll
  static void audit() {
    ContentSet content = DemoCluster.read();
    november =
        new Audit().run(AuditRequest.of(content, RulesFile.nationalDefault(), DemoCluster.AS_OF));
    september =
        new Audit()
            .run(AuditRequest.of(content, RulesFile.nationalDefault(), LocalDate.of(2026, 9, 1)));
  }

  private static String html(List<AuditResult> runs) throws Exception {
    StringWriter out = new StringWriter();
    new HtmlReport().write(runs, out);
    return out.toString();
  }

  @Test
  void isOneSelfContainedPageWithoutScriptsOrExternalFiles() throws Exception {
    String html = html(List.of(november));

    assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>").contains("<svg");
    assertThat(html).doesNotContain("<script").doesNotContain("<link").doesNotContain("src=");
  }

  @Test
  void showsTheSleepingSitesFirstWithTheirVetoEvidence() throws Exception {
    String html = html(List.of(november));

    int sleeping = html.indexOf("Sleeping sites");
    assertThat(html.indexOf("<a href=\"#site-jtj\">jtj</a>", sleeping))
        .isLessThan(html.indexOf("Ranking"));
    assertThat(html).contains("5 empty columns (veto at 5): interpretation (interpretation)");
    assertThat(html.indexOf("id=\"site-jtj\"")).isLessThan(html.indexOf("id=\"site-rsj\""));
  }

  @Test
  void drawsScoreTrendsAndListsFixedFindingsAcrossRuns() throws Exception {
    assertThat(html(List.of(november))).contains("One run only: no trend yet.");

    String html = html(List.of(november, september));

    assertThat(html).contains("<polyline").contains("2026-09-01").contains("已整改 Fixed");
  }

  @Test
  void escapesTextFromTheContentInElementsAndAttributes() throws Exception {
    Finding finding =
        new Finding(
            "column-stale",
            RuleKind.VETO,
            "dep",
            "news",
            null,
            "https://www.example.gov.cn/dep/news/?a=1&b=\"2\"",
            new Text("<script>alert(\"x\")</script> & 'y'", "<img src=x onerror=alert(1)>"),
            null,
            null,
            new BigDecimal("5"),
            new BigDecimal("5"));
    SiteResult site =
        new SiteResult(
            "dep",
            new Text("部门 <i>", "Department"),
            "department",
            new BigDecimal("40.00"),
            "poor",
            true,
            true,
            List.of("column-stale"),
            false,
            null,
            new BigDecimal("40.00"),
            new BigDecimal("5"),
            List.of(),
            List.of(),
            List.of(finding));
    AuditResult result =
        new AuditResult(
            "<b>cluster</b>",
            "Asia/Shanghai",
            DemoCluster.AS_OF,
            "national-2019.3",
            Optional.empty(),
            List.of(site),
            List.of("dep"),
            List.of("dep"),
            List.of());

    String html = html(List.of(result));

    assertThat(html)
        .contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;")
        .contains("&lt;img src=x onerror=alert(1)&gt;")
        .contains("<a href=\"https://www.example.gov.cn/dep/news/?a=1&amp;b=&quot;2&quot;\">")
        .contains("部门 &lt;i&gt;")
        .contains("<title>网站普查报告 Wake-up audit — &lt;b&gt;cluster&lt;/b&gt; — 2026-11-16</title>")
        .doesNotContain("<script")
        .doesNotContain("<img")
        .doesNotContain("<i>");
  }

  @Test
  void givesTheSameBytesForTheSameRuns() throws Exception {
    assertThat(html(List.of(november, september))).isEqualTo(html(List.of(september, november)));
  }
}
