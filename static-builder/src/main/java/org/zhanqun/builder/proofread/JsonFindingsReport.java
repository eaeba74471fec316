package org.zhanqun.builder.proofread;

import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import org.zhanqun.proofreading.Finding;

/**
 * Writes a {@link FindingsReport} as JSON: {@code {"findings": [{"site", "item", "field", "line",
 * "offset", "category", "severity", "text", "suggestion", "context"}], "counts": {"total", "block",
 * "warn", "byCategory", "bySite"}}}, keys in that order, pretty-printed. Equal reports give
 * identical text.
 */
final class JsonFindingsReport {

  private static final JsonProvider JSON = JsonProvider.provider();

  void write(FindingsReport report, Writer out) throws IOException {
    try (JsonGenerator g =
        JSON.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
            .createGenerator(new KeptOpen(out))) {
      g.writeStartObject();
      g.writeStartArray("findings");
      for (ItemFinding itemFinding : report.findings()) {
        Finding f = itemFinding.finding();
        g.writeStartObject()
            .write("site", itemFinding.site())
            .write("item", itemFinding.item())
            .write("field", f.field())
            .write("line", f.line())
            .write("offset", f.offset())
            .write("category", f.category().code())
            .write("severity", f.severity().code())
            .write("text", f.text())
            .write("suggestion", f.suggestion())
            .write("context", f.context())
            .writeEnd();
      }
      g.writeEnd();
      FindingsReport.Counts counts = report.counts();
      g.writeStartObject("counts")
          .write("total", counts.total())
          .write("block", counts.block())
          .write("warn", counts.warn());
      g.writeStartObject("byCategory");
      counts.byCategory().forEach(g::write);
      g.writeEnd();
      g.writeStartObject("bySite");
      counts.bySite().forEach(g::write);
      g.writeEnd();
      g.writeEnd();
      g.writeEnd();
    } catch (jakarta.json.JsonException e) {
      // the generator wraps the writer's failure
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw e;
    }
    out.write("\n");
    out.flush();
  }

  /** The caller's writer, left open when the generator closes. */
  private static final class KeptOpen extends FilterWriter {
    KeptOpen(Writer out) {
      super(out);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
