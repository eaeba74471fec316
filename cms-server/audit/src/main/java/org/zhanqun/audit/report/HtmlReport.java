package org.zhanqun.audit.report;

import freemarker.cache.ClassTemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.zhanqun.audit.AuditResult;

/**
 * Writes the audit as one self-contained HTML page (inline CSS and SVG, no script, no external
 * file): the summary, the sleeping sites first, the ranking as a bar chart, the score trend lines
 * across runs, a category × site freshness heat map, each site's findings with evidence and links,
 * and the rules not evaluated. The page is the template {@code html-report.ftlh} beside this class,
 * which escapes every text it prints; it sees only an {@code HtmlReportModel.Page}. Equal inputs
 * give identical bytes. Thread-safe: every instance shares one FreeMarker configuration and the
 * template it has parsed.
 */
public final class HtmlReport {

  private static final Configuration TEMPLATES = configuration();

  /**
   * Writes the report of the latest of {@code runs} (by as-of date); the others give the trends.
   *
   * @param runs at least one result; typically the stored results of one cluster over time
   * @throws IllegalArgumentException when {@code runs} is empty
   */
  public void write(List<AuditResult> runs, Writer out) throws IOException {
    HtmlReportModel.Page page = HtmlReportModel.of(runs);
    try {
      template().process(page, out);
    } catch (TemplateException e) {
      // The template ships with this class and is tested: a failure here is a bug, not bad input.
      throw new IllegalStateException("html-report.ftlh failed: " + e.getMessage(), e);
    }
    out.flush();
  }

  private static Template template() {
    try {
      return TEMPLATES.getTemplate("html-report.ftlh");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Templates from this package on the class path, HTML auto-escaping by the {@code .ftlh}
   * extension, every error thrown rather than printed into the page, numbers printed as plain
   * digits (no grouping, the root locale) so SVG coordinates stay valid.
   */
  private static Configuration configuration() {
    Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
    configuration.setTemplateLoader(new ClassTemplateLoader(HtmlReport.class, ""));
    configuration.setDefaultEncoding(StandardCharsets.UTF_8.name());
    configuration.setOutputEncoding(StandardCharsets.UTF_8.name());
    configuration.setRecognizeStandardFileExtensions(true);
    configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    configuration.setLogTemplateExceptions(false);
    configuration.setWrapUncheckedExceptions(true);
    configuration.setFallbackOnNullLoopVariable(false);
    configuration.setNumberFormat("computer");
    configuration.setLocale(Locale.ROOT);
    configuration.setLocalizedLookup(false);
    return configuration;
  }
}
