package org.zhanqun.audit.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.zhanqun.audit.AuditResult;
import org.zhanqun.audit.SiteResult;
import org.zhanqun.audit.finding.Finding;

/**
 * Writes an {@link AuditResult} as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted
 * when they hold a comma, quote or line break), one row per finding with its site's score beside
 * it, and one row with empty finding columns for a site without findings. UTF-8 with a byte order
 * mark, so that spreadsheet programs read the Chinese text. Thread-safe.
 */
public final class CsvReport {

  /** The header row; docs/audit.md describes each column. */
  public static final List<String> COLUMNS =
      List.of(
          "asOf",
          "rulesVersion",
          "site",
          "score",
          "grade",
          "vetoed",
          "sleeping",
          "freshness",
          "rule",
          "severity",
          "column",
          "item",
          "language",
          "url",
          "points",
          "nominalPoints",
          "expected",
          "found",
          "evidence_zh",
          "evidence_en");

  public void write(AuditResult result, Writer out) {
    try {
      out.write('\uFEFF');
      row(out, COLUMNS);
      for (SiteResult site : result.sites()) {
        if (site.findings().isEmpty()) {
          List<String> cells = siteCells(result, site);
          for (int i = cells.size(); i < COLUMNS.size(); i++) {
            cells.add("");
          }
          row(out, cells);
        }
        for (Finding f : site.findings()) {
          List<String> cells = siteCells(result, site);
          cells.add(f.rule());
          cells.add(f.severity().code());
          cells.add(nullToEmpty(f.column()));
          cells.add(f.item() == null ? "" : f.item().slug());
          cells.add(f.item() == null ? "" : f.item().language());
          cells.add(nullToEmpty(f.url()));
          cells.add(f.points().toPlainString());
          cells.add(f.nominalPoints().toPlainString());
          cells.add(nullToEmpty(f.expected()));
          cells.add(nullToEmpty(f.found()));
          cells.add(f.evidence().zh());
          cells.add(f.evidence().en());
          row(out, cells);
        }
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> siteCells(AuditResult result, SiteResult site) {
    List<String> cells = new ArrayList<>();
    cells.add(result.asOf().toString());
    cells.add(result.rulesVersion());
    cells.add(site.site());
    cells.add(site.score().toPlainString());
    cells.add(site.grade());
    cells.add(Boolean.toString(site.vetoed()));
    cells.add(Boolean.toString(site.sleeping()));
    cells.add(site.freshness() == null ? "" : site.freshness().toPlainString());
    return cells;
  }

  private static void row(Writer out, List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(quote(cells.get(i)));
    }
    out.write("\r\n");
  }

  /** RFC 4180 quoting: only when needed, doubling inner quotes. */
  static String quote(String cell) {
    if (cell.indexOf(',') < 0
        && cell.indexOf('"') < 0
        && cell.indexOf('\n') < 0
        && cell.indexOf('\r') < 0) {
      return cell;
    }
    return '"' + cell.replace("\"", "\"\"") + '"';
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }
}
