package org.zhanqun.audit.report;

import static org.zhanqun.builder.report.SpreadsheetCsv.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.zhanqun.audit.AuditResult;
import org.zhanqun.audit.SiteResult;
import org.zhanqun.audit.finding.Finding;
import org.zhanqun.audit.finding.ProofreadingEvidence;
import org.zhanqun.builder.report.SpreadsheetCsv;

/**
 * Writes an {@link AuditResult} as {@link SpreadsheetCsv} (RFC 4180, CRLF, a byte order mark, text
 * cells guarded against formulas), one row per finding with its site's score beside it, and one row
 * with empty finding columns for a site without findings. Evidence quotes what editors wrote, so
 * every text column is guarded. The columns the audit computes itself (the date, the numbers {@code
 * score}, {@code freshness}, {@code points}, {@code nominalPoints}, a proofreading finding's {@code
 * line} and {@code offset}, and the booleans) are never guarded, so a number stays a number
 * whatever its sign. Thread-safe.
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
          "evidence_en",
          "proofreadingCategory",
          "field",
          "line",
          "offset",
          "matched",
          "suggestion",
          "context");

  /** Writes {@code result} to {@code out} and flushes it; {@code out} stays open. */
  public void write(AuditResult result, Writer out) {
    try {
      CSVPrinter csv = SpreadsheetCsv.start(out, COLUMNS);
      for (SiteResult site : result.sites()) {
        if (site.findings().isEmpty()) {
          List<String> cells = siteCells(result, site);
          while (cells.size() < COLUMNS.size()) {
            cells.add("");
          }
          csv.printRecord(cells);
        }
        for (Finding f : site.findings()) {
          List<String> cells = siteCells(result, site);
          cells.add(text(f.rule()));
          cells.add(text(f.severity().code()));
          cells.add(text(f.column()));
          cells.add(text(f.item() == null ? null : f.item().slug()));
          cells.add(text(f.item() == null ? null : f.item().language()));
          cells.add(text(f.url()));
          cells.add(number(f.points()));
          cells.add(number(f.nominalPoints()));
          cells.add(text(f.expected()));
          cells.add(text(f.found()));
          cells.add(text(f.evidence().zh()));
          cells.add(text(f.evidence().en()));
          proofreading(f.proofreading(), cells);
          csv.printRecord(cells);
        }
      }
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Where the proofreader found it: empty cells for the other rules' findings. */
  private static void proofreading(ProofreadingEvidence p, List<String> cells) {
    if (p == null) {
      while (cells.size() < COLUMNS.size()) {
        cells.add("");
      }
      return;
    }
    cells.add(text(p.category()));
    cells.add(text(p.field()));
    cells.add(Integer.toString(p.line()));
    cells.add(Integer.toString(p.offset()));
    cells.add(text(p.text()));
    cells.add(text(p.suggestion()));
    cells.add(text(p.context()));
  }

  private static List<String> siteCells(AuditResult result, SiteResult site) {
    List<String> cells = new ArrayList<>();
    cells.add(result.asOf().toString());
    cells.add(text(result.rulesVersion()));
    cells.add(text(site.site()));
    cells.add(number(site.score()));
    cells.add(text(site.grade()));
    cells.add(Boolean.toString(site.vetoed()));
    cells.add(Boolean.toString(site.sleeping()));
    cells.add(number(site.freshness()));
    return cells;
  }

  /** A cell of a number column: the plain decimal, never guarded; empty for null. */
  private static String number(BigDecimal number) {
    return number == null ? "" : number.toPlainString();
  }
}
