package org.zhanqun.builder.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;

class SpreadsheetCsvTest {

  @Test
  void guardsEveryTextThatASpreadsheetWouldRunAsAFormula() {
    assertThat(
            Stream.of("=1+1", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(1,2)", "\t=1+1", "\r=1+1")
                .map(SpreadsheetCsv::text))
        .containsExactly(
            "'=1+1", "'+1+cmd|' /C calc'!A0", "'-2+3", "'@SUM(1,2)", "'\t=1+1", "'\r=1+1");
    assertThat(Stream.of("正常文本 = 1", "95.00", "2026-11-16", "").map(SpreadsheetCsv::text))
        .containsExactly("正常文本 = 1", "95.00", "2026-11-16", "");
    assertThat(SpreadsheetCsv.text(null)).isEmpty();
  }

  @Test
  void startsWithTheByteOrderMarkAndTheHeaderAndEndsRowsWithCrLf() throws IOException {
    StringWriter out = new StringWriter();

    CSVPrinter csv = SpreadsheetCsv.start(out, List.of("标题", "text"));
    csv.printRecord(SpreadsheetCsv.text("含,逗号"), SpreadsheetCsv.text("=cmd"));
    csv.flush();

    assertThat(out.toString()).isEqualTo("\uFEFF标题,text\r\n\"含,逗号\",'=cmd\r\n");
  }
}
