package org.zhanqun.audit.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.zhanqun.audit.AuditResult;

/** Placeholder until the HTML report is written. */
public final class HtmlReport {

  public void write(List<AuditResult> runs, Writer out) throws IOException {
    throw new IOException("the HTML report is not written yet");
  }
}
