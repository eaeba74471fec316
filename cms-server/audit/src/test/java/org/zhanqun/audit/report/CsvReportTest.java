package org.zhanqun.audit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhanqun.audit.Audit;
import org.zhanqun.audit.AuditRequest;
import org.zhanqun.audit.testing.AuditRun;
import org.zhanqun.audit.testing.MiniCluster;

class CsvReportTest {

  @TempDir Path folder;

  @Test
  void quotesOnlyCellsWithCommasQuotesOrLineBreaks() {
    assertThat(CsvReport.quote("plain 文本")).isEqualTo("plain 文本");
    assertThat(CsvReport.quote("a, b")).isEqualTo("\"a, b\"");
    assertThat(CsvReport.quote("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(CsvReport.quote("two\nlines")).isEqualTo("\"two\nlines\"");
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
