package org.zhanqun.audit.report;

import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.zhanqun.audit.AuditResult;
import org.zhanqun.audit.ColumnFreshness;
import org.zhanqun.audit.DimensionScore;
import org.zhanqun.audit.NotEvaluated;
import org.zhanqun.audit.SiteResult;
import org.zhanqun.audit.finding.Finding;
import org.zhanqun.audit.finding.ProofreadingEvidence;
import org.zhanqun.audit.rule.Text;

/**
 * Writes an {@link AuditResult} as JSON (schema in docs/audit.md): keys in a fixed order, absent
 * values as {@code null}, numbers as plain decimals. Equal results give identical bytes.
 * Thread-safe; build one and share it.
 */
public final class JsonReport {

  private final JsonProvider json = JsonProvider.provider();

  /** Writes {@code result} to {@code out}, pretty-printed, ending in a line break. */
  public void write(AuditResult result, Writer out) {
    try (JsonGenerator g =
        json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
            .createGenerator(new NoCloseWriter(out))) {
      g.writeStartObject();
      g.write("cluster", result.cluster());
      g.write("timeZone", result.timeZone());
      g.write("asOf", result.asOf().toString());
      g.write("rulesVersion", result.rulesVersion());
      text(g, "site", result.site().orElse(null));
      g.writeStartObject("summary");
      g.write("sites", result.sites().size());
      g.write("sleeping", result.sleeping().size());
      g.write("vetoed", result.sites().stream().filter(SiteResult::vetoed).count());
      g.write("findings", result.findings().size());
      g.writeEnd();
      strings(g, "ranking", result.ranking());
      strings(g, "sleeping", result.sleeping());
      g.writeStartArray("sites");
      for (SiteResult site : result.sites()) {
        site(g, site);
      }
      g.writeEnd();
      g.writeStartArray("notEvaluated");
      for (NotEvaluated n : result.notEvaluated()) {
        g.writeStartObject();
        g.write("rule", n.rule());
        text(g, "title", n.title());
        text(g, "reason", n.reason());
        g.writeEnd();
      }
      g.writeEnd();
      g.writeEnd();
    }
    try {
      out.write("\n");
      out.flush();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * Reads back what {@link #write} wrote, e.g. stored results for {@link org.zhanqun.audit.Trends}:
   * {@code read(write(result))} equals {@code result}.
   *
   * @throws jakarta.json.JsonException when the text is not JSON
   * @throws IllegalArgumentException when it is not an audit result (a key missing or of another
   *     type), naming the key
   */
  public AuditResult read(java.io.Reader in) {
    try (jakarta.json.JsonReader reader = json.createReader(in)) {
      JsonObject o = reader.readObject();
      try {
        return new AuditResult(
            o.getString("cluster"),
            o.getString("timeZone"),
            java.time.LocalDate.parse(o.getString("asOf")),
            o.getString("rulesVersion"),
            java.util.Optional.ofNullable(o.isNull("site") ? null : o.getString("site")),
            o.getJsonArray("sites").getValuesAs(JsonObject.class).stream()
                .map(JsonReport::readSite)
                .toList(),
            strings(o, "ranking"),
            strings(o, "sleeping"),
            o.getJsonArray("notEvaluated").getValuesAs(JsonObject.class).stream()
                .map(
                    n -> new NotEvaluated(n.getString("rule"), text(n, "title"), text(n, "reason")))
                .toList());
      } catch (NullPointerException | ClassCastException | java.time.DateTimeException e) {
        throw new IllegalArgumentException("not an audit result: " + e.getMessage(), e);
      }
    }
  }

  private static SiteResult readSite(JsonObject s) {
    return new SiteResult(
        s.getString("site"),
        text(s, "names"),
        s.getString("kind"),
        s.getJsonNumber("score").bigDecimalValue(),
        s.getString("grade"),
        s.getBoolean("vetoed"),
        s.getBoolean("sleeping"),
        strings(s, "vetoes"),
        s.getBoolean("withServices"),
        s.isNull("freshness") ? null : s.getJsonNumber("freshness").bigDecimalValue(),
        s.getJsonNumber("performance").bigDecimalValue(),
        s.getJsonNumber("deductions").bigDecimalValue(),
        s.getJsonArray("dimensions").getValuesAs(JsonObject.class).stream()
            .map(
                d ->
                    new DimensionScore(
                        d.getString("dimension"),
                        text(d, "names"),
                        d.getJsonNumber("points").bigDecimalValue(),
                        d.getJsonNumber("deducted").bigDecimalValue(),
                        d.getJsonNumber("score").bigDecimalValue(),
                        d.getJsonNumber("weight").bigDecimalValue(),
                        d.getBoolean("applicable")))
            .toList(),
        s.getJsonArray("columns").getValuesAs(JsonObject.class).stream()
            .map(
                c ->
                    new ColumnFreshness(
                        c.getString("column"),
                        c.getString("category"),
                        c.isNull("lastPublished")
                            ? null
                            : java.time.LocalDate.parse(c.getString("lastPublished")),
                        c.isNull("ageDays") ? null : c.getJsonNumber("ageDays").longValue(),
                        c.getString("limit"),
                        c.getJsonNumber("limitDays").longValue(),
                        c.getBoolean("stale"),
                        c.getBoolean("empty"),
                        c.getJsonNumber("freshness").bigDecimalValue()))
            .toList(),
        s.getJsonArray("findings").getValuesAs(JsonObject.class).stream()
            .map(f -> readFinding(f, s.getString("site")))
            .toList());
  }

  private static Finding readFinding(JsonObject f, String site) {
    org.zhanqun.audit.finding.ItemRef item = null;
    if (!f.isNull("item")) {
      JsonObject i = f.getJsonObject("item");
      item =
          new org.zhanqun.audit.finding.ItemRef(
              i.getString("site"),
              i.getString("column"),
              i.getString("slug"),
              i.getString("language"));
    }
    String severity = f.getString("severity");
    return new Finding(
        f.getString("rule"),
        org.zhanqun.audit.rule.RuleKind.valueOf(severity.toUpperCase(java.util.Locale.ROOT)),
        site,
        optional(f, "column"),
        item,
        optional(f, "url"),
        text(f, "evidence"),
        optional(f, "expected"),
        optional(f, "found"),
        f.getJsonNumber("points").bigDecimalValue(),
        f.getJsonNumber("nominalPoints").bigDecimalValue(),
        readProofreading(f));
  }

  /** Absent in results written before the proofreading rules: null then too. */
  private static ProofreadingEvidence readProofreading(JsonObject f) {
    if (!f.containsKey("proofreading") || f.isNull("proofreading")) {
      return null;
    }
    JsonObject p = f.getJsonObject("proofreading");
    return new ProofreadingEvidence(
        p.getString("category"),
        p.getString("severity"),
        p.getString("field"),
        p.getInt("line"),
        p.getInt("offset"),
        p.getString("text"),
        p.getString("suggestion"),
        p.getString("context"));
  }

  private static String optional(JsonObject o, String key) {
    return o.isNull(key) ? null : o.getString(key);
  }

  private static Text text(JsonObject o, String key) {
    JsonObject t = o.getJsonObject(key);
    return new Text(t.getString("zh-CN"), t.getString("en"));
  }

  private static List<String> strings(JsonObject o, String key) {
    return o.getJsonArray(key).getValuesAs(jakarta.json.JsonString.class).stream()
        .map(jakarta.json.JsonString::getString)
        .toList();
  }

  private static void site(JsonGenerator g, SiteResult s) {
    g.writeStartObject();
    g.write("site", s.site());
    text(g, "names", s.names());
    g.write("kind", s.kind());
    g.write("score", s.score());
    g.write("grade", s.grade());
    g.write("vetoed", s.vetoed());
    g.write("sleeping", s.sleeping());
    strings(g, "vetoes", s.vetoes());
    g.write("withServices", s.withServices());
    number(g, "freshness", s.freshness());
    g.write("performance", s.performance());
    g.write("deductions", s.deductions());
    g.writeStartArray("dimensions");
    for (DimensionScore d : s.dimensions()) {
      g.writeStartObject();
      g.write("dimension", d.dimension());
      text(g, "names", d.names());
      g.write("points", d.points());
      g.write("deducted", d.deducted());
      g.write("score", d.score());
      g.write("weight", d.weight());
      g.write("applicable", d.applicable());
      g.writeEnd();
    }
    g.writeEnd();
    g.writeStartArray("columns");
    for (ColumnFreshness c : s.columns()) {
      g.writeStartObject();
      g.write("column", c.column());
      g.write("category", c.category());
      text(g, "lastPublished", c.lastPublished() == null ? null : c.lastPublished().toString());
      if (c.ageDays() == null) {
        g.writeNull("ageDays");
      } else {
        g.write("ageDays", c.ageDays());
      }
      g.write("limit", c.limit());
      g.write("limitDays", c.limitDays());
      g.write("stale", c.stale());
      g.write("empty", c.empty());
      g.write("freshness", c.freshness());
      g.writeEnd();
    }
    g.writeEnd();
    g.writeStartArray("findings");
    for (Finding f : s.findings()) {
      finding(g, f);
    }
    g.writeEnd();
    g.writeEnd();
  }

  private static void finding(JsonGenerator g, Finding f) {
    g.writeStartObject();
    g.write("rule", f.rule());
    g.write("severity", f.severity().code());
    text(g, "column", f.column());
    if (f.item() == null) {
      g.writeNull("item");
    } else {
      g.writeStartObject("item");
      g.write("site", f.item().site());
      g.write("column", f.item().column());
      g.write("slug", f.item().slug());
      g.write("language", f.item().language());
      g.writeEnd();
    }
    text(g, "url", f.url());
    text(g, "evidence", f.evidence());
    text(g, "expected", f.expected());
    text(g, "found", f.found());
    g.write("points", f.points());
    g.write("nominalPoints", f.nominalPoints());
    ProofreadingEvidence p = f.proofreading();
    if (p == null) {
      g.writeNull("proofreading");
    } else {
      g.writeStartObject("proofreading");
      g.write("category", p.category());
      g.write("severity", p.severity());
      g.write("field", p.field());
      g.write("line", p.line());
      g.write("offset", p.offset());
      g.write("text", p.text());
      g.write("suggestion", p.suggestion());
      g.write("context", p.context());
      g.writeEnd();
    }
    g.writeEnd();
  }

  private static void text(JsonGenerator g, String key, String value) {
    if (value == null) {
      g.writeNull(key);
    } else {
      g.write(key, value);
    }
  }

  private static void text(JsonGenerator g, String key, Text value) {
    g.writeStartObject(key);
    g.write("zh-CN", value.zh());
    g.write("en", value.en());
    g.writeEnd();
  }

  private static void number(JsonGenerator g, String key, BigDecimal value) {
    if (value == null) {
      g.writeNull(key);
    } else {
      g.write(key, value);
    }
  }

  private static void strings(JsonGenerator g, String key, List<String> values) {
    g.writeStartArray(key);
    values.forEach(g::write);
    g.writeEnd();
  }

  /** Lets the generator close its stream without closing the caller's writer. */
  private static final class NoCloseWriter extends java.io.FilterWriter {
    NoCloseWriter(Writer out) {
      super(out);
    }

    @Override
    public void close() throws java.io.IOException {
      flush();
    }
  }
}
