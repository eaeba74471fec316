package org.zhanqun.audit.report;

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
