package org.zhanqun.builder.proofread;

import static org.zhanqun.builder.report.SpreadsheetCsv.text;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.zhanqun.builder.report.SpreadsheetCsv;
import org.zhanqun.proofreading.Finding;

/**
 * Writes a {@link FindingsReport} as {@link SpreadsheetCsv}, one row per finding under a header
 * row. Every text cell is guarded against formulas (the text and context quote what editors wrote);
 * {@code line} and {@code offset} are numbers the proofreader computes and are never guarded.
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

  void write(FindingsReport report, Writer out) throws IOException {
    CSVPrinter csv = SpreadsheetCsv.start(out, COLUMNS);
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
}
