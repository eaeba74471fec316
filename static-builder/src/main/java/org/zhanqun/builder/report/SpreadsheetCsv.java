package org.zhanqun.builder.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV for spreadsheets: RFC 4180 with CRLF, a byte order mark so that Excel reads UTF-8 Chinese, a
 * header row, and text cells guarded against formula injection (a cell starting with {@code = +
 * - @}, a tab or a carriage return gets a leading apostrophe, so a title like {@code =HYPERLINK(…)}
 * stays text).
 */
public final class SpreadsheetCsv {

  private static final String FORMULA_START = "=+-@\t\r";

  private SpreadsheetCsv() {}

  /**
   * Writes the byte order mark and the header to {@code out} and answers the printer for the rows.
   * Do not close the printer: that would close the caller's writer.
   */
  public static CSVPrinter start(Writer out, List<String> columns) throws IOException {
    out.write('\uFEFF');
    return new CSVPrinter(
        out,
        CSVFormat.RFC4180
            .builder()
            .setRecordSeparator("\r\n")
            .setHeader(columns.toArray(String[]::new))
            .get());
  }

  /** A text cell: guarded against formulas; empty for null. */
  public static String text(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    return FORMULA_START.indexOf(text.charAt(0)) < 0 ? text : "'" + text;
  }
}
