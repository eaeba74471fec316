package org.zhanqun.builder.proofread;

import java.io.IOException;
import java.io.Writer;

/** The formats of the proofread report. */
public enum ReportFormat {
  JSON("json"),
  CSV("csv"),
  HTML("html");

  private final String code;

  ReportFormat(String code) {
    this.code = code;
  }

  /** The name on the command line. */
  public String code() {
    return code;
  }

  /** Writes {@code report} in this format to {@code out} and flushes it; {@code out} stays open. */
  public void write(FindingsReport report, Writer out) throws IOException {
    switch (this) {
      case JSON -> new JsonFindingsReport().write(report, out);
      case CSV -> new CsvFindingsReport().write(report, out);
      case HTML -> new HtmlFindingsReport().write(report, out);
    }
    out.flush();
  }
}
