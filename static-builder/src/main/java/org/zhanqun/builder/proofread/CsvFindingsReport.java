package org.zhanqun.builder.proofread;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.zhanqun.proofreading.Finding;

/**
 * Writes a {@link FindingsReport} as CSV, as the audit's CSV report does: RFC 4180 through Apache
 * Commons CSV (CRLF line ends, fields quoted when they hold a comma, quote or line break), UTF-8
 * with a byte order mark so that spreadsheet programs read the Chinese text, one row per finding
 * under a header row.
 *
 * <p>Against CSV injection, every text cell that begins with {@code = + - @}, a tab or a carriage
 * return gets a leading single quote (OWASP): the text and context quote what editors wrote, and a
 * spreadsheet would run {@code =HYPERLINK(…)} as a formula. {@code line} and {@code offset} are
 * numbers the proofreader computes and are never guarded.
 */
final class CsvFindingsReport {

  static final List<String> COLUMNS =
      List.of(
          "site",
          "item",
          "field",
          "line",
          "offset",
          "category",
          "severity",
          "text",
          "suggestion",
          "context");

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180
          .builder()
          .setRecordSeparator("\r\n")
          .setHeader(COLUMNS.toArray(String[]::new))
          .get();
  private static final String FORMULA_START = "=+-@\t\r";

  void write(FindingsReport report, Writer out) throws IOException {
    out.write('\uFEFF');
    // Prints the header. Not closed: closing the printer would close the caller's writer.
    CSVPrinter csv = new CSVPrinter(out, FORMAT);
    for (ItemFinding itemFinding : report.findings()) {
      Finding f = itemFinding.finding();
      csv.printRecord(
          text(itemFinding.site()),
          text(itemFinding.item()),
          text(f.field()),
          Integer.toString(f.line()),
          Integer.toString(f.offset()),
          text(f.category().code()),
          text(f.severity().code()),
          text(f.text()),
          text(f.suggestion()),
          text(f.context()));
    }
    csv.flush();
  }

  /** A text cell: empty for null, guarded when a spreadsheet would run it as a formula. */
  static String text(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    return FORMULA_START.indexOf(text.charAt(0)) < 0 ? text : "'" + text;
  }
}
