package org.zhanqun.audit.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.zhanqun.audit.AuditResult;
import org.zhanqun.builder.report.ReportTemplate;

/**
 * Writes the audit as one self-contained HTML page (inline CSS and SVG, no script, no external
 * file): the summary, the sleeping sites first, the ranking as a bar chart, the score trend lines
 * across runs, a category × site freshness heat map, each site's findings with evidence and links,
 * and the rules not evaluated. The page is the {@link ReportTemplate} {@code html-report.ftlh}
 * beside this class, which escapes every text it prints (numbers as plain digits, so SVG
 * coordinates stay valid); it sees only an {@code HtmlReportModel.Page}. Equal inputs give
 * identical bytes. Thread-safe: every instance shares the parsed template.
 */
public final class HtmlReport {

  private static final ReportTemplate TEMPLATE =
      new ReportTemplate(HtmlReport.class, "html-report.ftlh");

  /**
   * Writes the report of the latest of {@code runs} (by as-of date); the others give the trends.
   *
   * @param runs at least one result; typically the stored results of one cluster over time
   * @throws IllegalArgumentException when {@code runs} is empty
   */
  public void write(List<AuditResult> runs, Writer out) throws IOException {
    TEMPLATE.render(HtmlReportModel.of(runs), out);
  }
}
