package org.zhanqun.audit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zhanqun.audit.Audit;
import org.zhanqun.audit.AuditRequest;
import org.zhanqun.audit.AuditResult;
import org.zhanqun.audit.rule.RulesFile;
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
  void escapesTextFromTheContent() {
    assertThat(HtmlReport.esc("<script>\"x\" & 'y'"))
        .isEqualTo("&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;");
  }

  @Test
  void givesTheSameBytesForTheSameRuns() throws Exception {
    assertThat(html(List.of(november, september))).isEqualTo(html(List.of(september, november)));
  }
}
