package org.zhanqun.builder.proofread;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.zhanqun.builder.report.ReportTemplate;
import org.zhanqun.proofreading.Finding;

/**
 * Writes a {@link FindingsReport} as one self-contained HTML page (inline CSS, no script): the
 * counts, then a table of the findings with a caption and header cells scoped to their column. The
 * page is the template {@code proofread-report.ftlh} beside this class, which escapes every text it
 * prints.
 */
public final class HtmlFindingsReport {

  private static final ReportTemplate TEMPLATE =
      new ReportTemplate(HtmlFindingsReport.class, "proofread-report.ftlh");

  /** What the template sees. */
  public record Page(
      int total,
      int block,
      int warn,
      Map<String, Integer> byCategory,
      Map<String, Integer> bySite,
      List<Row> findings) {}

  /** One finding as the template prints it. */
  public record Row(
      String site,
      String item,
      String field,
      int line,
      int offset,
      String category,
      String severity,
      boolean blocks,
      String text,
      String suggestion,
      String context) {}

  void write(FindingsReport report, Writer out) throws IOException {
    FindingsReport.Counts counts = report.counts();
    List<Row> rows =
        report.findings().stream()
            .map(
                itemFinding -> {
                  Finding f = itemFinding.finding();
                  return new Row(
                      itemFinding.site(),
                      itemFinding.item(),
                      f.field(),
                      f.line(),
                      f.offset(),
                      f.category().code(),
                      f.severity().code(),
                      f.blocks(),
                      f.text(),
                      f.suggestion(),
                      f.context());
                })
            .toList();
    TEMPLATE.render(
        new Page(
            counts.total(),
            counts.block(),
            counts.warn(),
            counts.byCategory(),
            counts.bySite(),
            rows),
        out);
  }
}
