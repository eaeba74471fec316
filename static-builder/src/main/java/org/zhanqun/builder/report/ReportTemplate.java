package org.zhanqun.builder.report;

import freemarker.cache.ClassTemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A report page rendered from a template shipped on the class path beside the class that owns it
 * (not a theme): HTML-escaped by its {@code .ftlh} extension, every error thrown rather than
 * printed into the page, numbers as plain digits. Thread-safe; the template is parsed once.
 */
public final class ReportTemplate {

  private final Template template;

  /**
   * @param owner the class beside which {@code name} lies on the class path
   * @param name the template's file name, e.g. {@code proofread-report.ftlh}
   * @throws UncheckedIOException when the template is missing or does not parse: a packaging bug
   */
  public ReportTemplate(Class<?> owner, String name) {
    Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
    configuration.setTemplateLoader(new ClassTemplateLoader(owner, ""));
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
    try {
      this.template = configuration.getTemplate(name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the page for {@code model} (a record or bean the template reads) and flushes. */
  public void render(Object model, Writer out) throws IOException {
    try {
      template.process(model, out);
    } catch (TemplateException e) {
      // The template ships with its owner and is tested: a failure here is a bug, not bad input.
      throw new IllegalStateException(template.getName() + " failed: " + e.getMessage(), e);
    }
    out.flush();
  }
}
