package org.zhanqun.builder.proofread;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.zhanqun.proofreading.Category;
import org.zhanqun.proofreading.Finding;
import org.zhanqun.proofreading.Severity;

/** The three report formats, from findings made by hand (the proofreader is tested apart). */
class ReportFormatTest {

  private static final ItemFinding STATE_NAME =
      new ItemFinding(
          "fgw",
          "fgw/news/a.zh-CN.md",
          new Finding(
              Category.SERIOUS_ERROR,
              Severity.BLOCK,
              "body",
              3,
              5,
              "中华人民共合国",
              "中华人民共和国",
              "严格执行《中华人民共合国安全生产法》"));
  private static final ItemFinding TYPO =
      new ItemFinding(
          "portal",
          "portal/news/b.zh-CN.md",
          new Finding(
              Category.TYPO,
              Severity.WARN,
              "title",
              1,
              0,
              "截止目前",
              "截至目前",
              "=HYPERLINK(\"http://evil.example\",\"截止目前\")"));
  private static final ItemFinding MARKUP =
      new ItemFinding(
          "portal",
          "portal/news/c.zh-CN.md",
          new Finding(
              Category.CLASSIFIED_MARKING,
              Severity.BLOCK,
              "summary",
              1,
              0,
              "<script>秘密★</script>",
              "remove the marking",
              "-1+<b>秘密★</b>"));

  private static final FindingsReport REPORT =
      new FindingsReport(List.of("portal", "fgw", "jyj"), List.of(STATE_NAME, TYPO, MARKUP));

  @Test
  void countsByCategoryAndSiteWithZeros() {
    FindingsReport.Counts counts = REPORT.counts();

    assertThat(counts.total()).isEqualTo(3);
    assertThat(counts.block()).isEqualTo(2);
    assertThat(counts.warn()).isEqualTo(1);
    assertThat(counts.byCategory())
        .containsExactly(
            java.util.Map.entry("serious-error", 1),
            java.util.Map.entry("official-name", 0),
            java.util.Map.entry("outdated-name", 0),
            java.util.Map.entry("classified-marking", 1),
            java.util.Map.entry("personal-data", 0),
            java.util.Map.entry("typo", 1));
    assertThat(counts.bySite())
        .containsExactly(
            java.util.Map.entry("fgw", 1),
            java.util.Map.entry("jyj", 0),
            java.util.Map.entry("portal", 2));
    assertThat(REPORT.blocks()).isTrue();
    assertThat(new FindingsReport(List.of("fgw"), List.of(TYPO)).blocks()).isFalse();
  }

  @Test
  void jsonHasEveryFindingWithItsPlaceAndTheCounts() throws IOException {
    JsonObject json = Json.createReader(new StringReader(write(ReportFormat.JSON))).readObject();

    JsonObject first = json.getJsonArray("findings").getJsonObject(0);
    assertThat(first.keySet())
        .containsExactly(
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
    assertThat(first.getString("site")).isEqualTo("fgw");
    assertThat(first.getString("item")).isEqualTo("fgw/news/a.zh-CN.md");
    assertThat(first.getString("field")).isEqualTo("body");
    assertThat(first.getInt("line")).isEqualTo(3);
    assertThat(first.getInt("offset")).isEqualTo(5);
    assertThat(first.getString("category")).isEqualTo("serious-error");
    assertThat(first.getString("severity")).isEqualTo("block");
    assertThat(first.getString("text")).isEqualTo("中华人民共合国");
    assertThat(first.getString("suggestion")).isEqualTo("中华人民共和国");
    assertThat(json.getJsonArray("findings")).hasSize(3);
    JsonObject counts = json.getJsonObject("counts");
    assertThat(counts.getInt("total")).isEqualTo(3);
    assertThat(counts.getInt("block")).isEqualTo(2);
    assertThat(counts.getInt("warn")).isEqualTo(1);
    assertThat(counts.getJsonObject("byCategory").getInt("typo")).isEqualTo(1);
    assertThat(counts.getJsonObject("bySite").getInt("portal")).isEqualTo(2);
    assertThat(counts.getJsonObject("bySite").getInt("jyj")).isZero();
  }

  @Test
  void csvHasAHeaderARowPerFindingAndGuardsFormulas() throws IOException {
    String csv = write(ReportFormat.CSV);

    assertThat(csv).startsWith("\uFEFFsite,item,field,line,offset,category,severity,text,");
    assertThat(csv).contains("\r\n");
    List<CSVRecord> rows =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(csv.substring(1)))
            .getRecords();
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0).get("text")).isEqualTo("中华人民共合国");
    assertThat(rows.get(0).get("line")).isEqualTo("3");
    assertThat(rows.get(1).get("context")).startsWith("'=HYPERLINK(");
    assertThat(rows.get(2).get("context")).isEqualTo("'-1+<b>秘密★</b>");
    assertThat(rows.get(2).get("suggestion")).isEqualTo("remove the marking");
  }

  @Test
  void htmlIsAnEscapedTableWithCaptionAndScopedHeaders() throws IOException {
    String html = write(ReportFormat.HTML);
    Document page = Jsoup.parse(html);

    assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;");
    assertThat(page.select("script")).isEmpty();
    var table = page.select("table:has(caption:contains(Findings))").first();
    assertThat(table).isNotNull();
    assertThat(table.select("thead th")).allMatch(th -> th.attr("scope").equals("col"));
    assertThat(table.select("thead th").eachText())
        .contains("原文 Text", "建议 Suggestion", "上下文 Context");
    assertThat(table.select("tbody tr")).hasSize(3);
    assertThat(table.select("tbody tr").get(0).select("td").eachText())
        .containsExactly(
            "fgw",
            "fgw/news/a.zh-CN.md",
            "body",
            "3",
            "5",
            "serious-error",
            "block",
            "中华人民共合国",
            "中华人民共和国",
            "严格执行《中华人民共合国安全生产法》");
    assertThat(page.select("table:has(caption:contains(By site)) tbody th").eachText())
        .containsExactly("fgw", "jyj", "portal");
  }

  @Test
  void htmlSaysSoWhenNothingIsFound() throws IOException {
    StringWriter out = new StringWriter();
    ReportFormat.HTML.write(new FindingsReport(List.of("fgw"), List.of()), out);

    assertThat(Jsoup.parse(out.toString()).text()).contains("No findings");
  }

  private static String write(ReportFormat format) throws IOException {
    StringWriter out = new StringWriter();
    format.write(REPORT, out);
    return out.toString();
  }
}
