package org.zhanqun.audit.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.zhanqun.audit.AuditResult;
import org.zhanqun.audit.SiteResult;
import org.zhanqun.audit.finding.Finding;

/**
 * Writes an {@link AuditResult} as CSV through Apache Commons CSV (RFC 4180: comma-separated, CRLF
 * line ends, fields quoted when they hold a comma, quote or line break), one row per finding with
 * its site's score beside it, and one row with empty finding columns for a site without findings.
 * UTF-8 with a byte order mark, so that spreadsheet programs read the Chinese text. A cell that a
 * spreadsheet would take for a formula (it begins with {@code = + - @}, a tab or a carriage return,
 * and is not a plain number) is written with a leading single quote, as OWASP advises against CSV
 * injection: evidence quotes text editors wrote. Thread-safe.
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

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();
  private static final String FORMULA_START = "=+-@\t\r";
  private static final Pattern NUMBER = Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?");

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
    out.write(line(cells));
  }

  /** One record with its line end, every cell neutralised and quoted where RFC 4180 needs it. */
  static String line(List<String> cells) {
    try {
      StringBuilder line = new StringBuilder();
      FORMAT.printRecord(line, cells.stream().map(CsvReport::neutralised).toArray());
      return line.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The cell as a spreadsheet will not evaluate it: a leading single quote before {@code = + - @},
   * tab or carriage return, unless the cell is a plain number such as {@code -5.00}.
   */
  static String neutralised(String cell) {
    if (cell.isEmpty()
        || FORMULA_START.indexOf(cell.charAt(0)) < 0
        || NUMBER.matcher(cell).matches()) {
      return cell;
    }
    return "'" + cell;
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }
}
