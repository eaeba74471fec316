package org.zhanqun.audit.report;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhanqun.audit.Audit;
import org.zhanqun.audit.AuditRequest;
import org.zhanqun.audit.AuditResult;
import org.zhanqun.audit.testing.AuditRun;
import org.zhanqun.audit.testing.MiniCluster;

/**
 * Every report format shows the proofreading findings with where they are, and none republishes the
 * personal data it found.
 */
class ProofreadingReportsTest {

  /** A 居民身份证 number with a valid GB 11643 check digit. */
  private static final String ID_NUMBER = "220102199003051234";

  private static final String MASKED = "2201**********1234";

  @TempDir Path folder;

  private AuditResult result;

  @BeforeEach
  void audit() {
    MiniCluster cluster =
        MiniCluster.complete(folder)
            .text("news", "guoqing", 3, "热爱中华人民共合国。\n", false)
            .text("notice", "gongshi", 3, "申请人身份证号码 " + ID_NUMBER + "，予以公示。\n", false);
    result =
        new Audit()
            .run(
                AuditRequest.of(cluster.read(), AuditRun.DEFAULT_RULES, MiniCluster.AS_OF)
                    .forSite("dep")
                    .withProofreader(AuditRun.builtInProofreader()));
  }

  @Test
  void jsonGivesWhereTheProofreaderFoundItAndReadsItBack() {
    StringWriter out = new StringWriter();
    new JsonReport().write(result, out);
    String text = out.toString();

    assertThat(text).doesNotContain(ID_NUMBER).contains(MASKED);
    JsonObject site =
        Json.createReader(new StringReader(text))
            .readObject()
            .getJsonArray("sites")
            .getJsonObject(0);
    assertThat(site.getJsonArray("vetoes").getString(0)).isEqualTo("serious-error");
    JsonObject veto =
        site.getJsonArray("findings").getValuesAs(JsonObject.class).stream()
            .filter(f -> f.getString("rule").equals("serious-error"))
            .findFirst()
            .orElseThrow();
    JsonObject where = veto.getJsonObject("proofreading");
    assertThat(where.getString("category")).isEqualTo("serious-error");
    assertThat(where.getString("severity")).isEqualTo("block");
    assertThat(where.getString("field")).isEqualTo("body");
    assertThat(where.getInt("line")).isEqualTo(1);
    assertThat(where.getInt("offset")).isEqualTo(2);
    assertThat(where.getString("text")).isEqualTo("中华人民共合国");
    assertThat(where.getString("suggestion")).isEqualTo("中华人民共和国");
    assertThat(where.getString("context")).contains("中华人民共合国");
    assertThat(veto.getJsonObject("item").getString("slug")).isEqualTo("guoqing");
    assertThat(new JsonReport().read(new StringReader(text))).isEqualTo(result);
  }

  @Test
  void jsonWrittenBeforeTheProofreadingRulesStillReads() {
    StringWriter out = new StringWriter();
    new JsonReport().write(result, out);
    String old = out.toString().replaceAll(",\\s*\"proofreading\": (null|\\{[^}]*\\})", "");

    AuditResult read = new JsonReport().read(new StringReader(old));

    assertThat(old).doesNotContain("\"proofreading\"");
    assertThat(read.findings()).isNotEmpty().allSatisfy(f -> assertThat(f.proofreading()).isNull());
  }

  @Test
  void csvHasAColumnForEachPartOfTheEvidence() throws Exception {
    StringWriter out = new StringWriter();
    new CsvReport().write(result, out);

    assertThat(out.toString()).doesNotContain(ID_NUMBER);
    List<CSVRecord> rows = rows(out.toString());
    CSVRecord leak =
        rows.stream().filter(r -> r.get("rule").equals("personal-data")).findFirst().orElseThrow();
    assertThat(leak.get("severity")).isEqualTo("deduction");
    assertThat(leak.get("item")).isEqualTo("gongshi");
    assertThat(leak.get("proofreadingCategory")).isEqualTo("personal-data");
    assertThat(leak.get("field")).isEqualTo("body");
    assertThat(leak.get("line")).isEqualTo("1");
    assertThat(leak.get("matched")).isEqualTo(MASKED);
    assertThat(leak.get("found")).isEqualTo(MASKED);
    assertThat(leak.get("context")).contains(MASKED);
    assertThat(leak.get("evidence_en")).contains(MASKED);
    CSVRecord veto =
        rows.stream().filter(r -> r.get("rule").equals("serious-error")).findFirst().orElseThrow();
    assertThat(veto.get("vetoed")).isEqualTo("true");
    assertThat(veto.get("matched")).isEqualTo("中华人民共合国");
    assertThat(veto.get("suggestion")).isEqualTo("中华人民共和国");
    assertThat(veto.get("offset")).isEqualTo("2");
  }

  @Test
  void htmlHighlightsTheMatchInItsContext() throws Exception {
    StringWriter out = new StringWriter();
    new HtmlReport().write(List.of(result), out);

    assertThat(out.toString())
        .doesNotContain(ID_NUMBER)
        .contains("<mark>" + MASKED + "</mark>")
        .contains("<mark>中华人民共合国</mark>")
        .contains("→ 中华人民共和国")
        .contains("serious-error · body · 第 1 行 line 1");
  }

  private static List<CSVRecord> rows(String csv) throws Exception {
    try (CSVParser parser =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(csv.substring(1)))) {
      return parser.getRecords();
    }
  }
}
