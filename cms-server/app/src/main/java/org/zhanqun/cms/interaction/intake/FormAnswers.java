package org.zhanqun.cms.interaction.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.text.MessageFormat;
import java.util.List;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import org.zhanqun.builder.report.ReportTemplate;
import org.zhanqun.cms.infrastructure.error.DomainException;
import org.zhanqun.cms.infrastructure.error.FieldError;
import org.zhanqun.cms.site.SiteService;

/**
 * The HTML answers to the public forms' plain posts (the static pages work without JavaScript): a
 * small page in the form's language from {@code answer.ftlh} (escaped, no script, no inline style;
 * its one stylesheet is {@code public/forms/answer.css}), with a link back to the form's page when
 * that page lies under the cluster's base URL. Texts come from the {@code messages} bundle beside
 * this class (zh-CN, en, ru); the reasons of field errors are the API's (English). Thread-safe.
 */
@ApplicationScoped
public class FormAnswers {

  private static final ReportTemplate TEMPLATE =
      new ReportTemplate(FormAnswers.class, "answer.ftlh");
  private static final String BUNDLE = FormAnswers.class.getPackageName() + ".messages";

  /** Where the answer page's stylesheet is served, relative to the API base {@code /api/v1/}. */
  public static final String STYLESHEET = "public/forms/answer.css";

  @Inject SiteService sites;

  /** The current request (a CDI proxy), for the context path of the stylesheet's URL. */
  @Inject HttpServletRequest request;

  /**
   * The text of {@code key} in the language, with {@code arguments} put in ({@link MessageFormat});
   * the key itself when the bundle lacks it.
   */
  public String text(FormLanguage language, String key, Object... arguments) {
    String pattern;
    try {
      pattern = bundle(language).getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
    return arguments.length == 0
        ? pattern
        : new MessageFormat(pattern, language.locale()).format(arguments);
  }

  /** A page with the status; {@code back} is linked only when {@link #allowedBack} allows it. */
  public FormPage page(int status, FormLanguage language, FormAnswer answer, String back) {
    StringWriter html = new StringWriter();
    try {
      TEMPLATE.render(
          new Model(
              language.tag(),
              answer,
              answer.errors().stream()
                  .map(
                      error ->
                          new FieldError(
                              error.field().isEmpty() ? "" : fieldLabel(language, error.field()),
                              error.reason()))
                  .toList(),
              allowedBack(back).orElse(null),
              text(language, "back"),
              text(language, "errors.heading"),
              request.getContextPath() + "/api/v1/" + STYLESHEET),
          html);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new FormPage(status, html.toString(), Optional.empty());
  }

  /**
   * The page for a refused form post: its status, the fields at fault (or the failure's message),
   * and {@code Retry-After} for a 429.
   */
  public FormPage failure(DomainException failure, FormLanguage language, String back) {
    int status = failure.failure().httpStatus();
    List<FieldError> errors =
        failure.fieldErrors().isEmpty()
            ? List.of(new FieldError("", failure.getMessage()))
            : failure.fieldErrors();
    String title =
        switch (status) {
          case 404 -> text(language, "failure.not-found");
          case 429 -> text(language, "failure.too-many");
          case 503 -> text(language, "failure.unavailable");
          default -> text(language, "failure.invalid");
        };
    FormPage page =
        page(status, language, new FormAnswer(title, "", List.of(), List.of(), errors, null), back);
    return new FormPage(page.status(), page.html(), failure.retryAfter());
  }

  /**
   * {@code back} when it is an http(s) URL under the cluster's base URL (the form's page on the
   * published site); empty otherwise, so that the answer never links elsewhere.
   */
  public Optional<String> allowedBack(String back) {
    if (back == null || back.isBlank() || back.length() > 2000) {
      return Optional.empty();
    }
    String base = sites.clusterSettings().baseUrl();
    try {
      URI uri = new URI(back.strip());
      URI baseUri = new URI(base);
      boolean sameOrigin =
          uri.isAbsolute()
              && ("https".equalsIgnoreCase(uri.getScheme())
                  || "http".equalsIgnoreCase(uri.getScheme()))
              && uri.getScheme().equalsIgnoreCase(baseUri.getScheme())
              && uri.getRawAuthority() != null
              && uri.getRawAuthority().equalsIgnoreCase(baseUri.getRawAuthority());
      String basePath = baseUri.getRawPath() == null ? "/" : baseUri.getRawPath();
      String path = uri.getRawPath() == null ? "" : uri.getRawPath();
      return sameOrigin && path.startsWith(basePath) && !path.contains("/../")
          ? Optional.of(uri.toString())
          : Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  private String fieldLabel(FormLanguage language, String field) {
    String label = text(language, "field." + field);
    return label.equals("field." + field) ? field : label;
  }

  private static ResourceBundle bundle(FormLanguage language) {
    return ResourceBundle.getBundle(
        BUNDLE,
        language.locale(),
        FormAnswers.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** What {@code answer.ftlh} sees. */
  public record Model(
      String lang,
      FormAnswer answer,
      List<FieldError> errors,
      String back,
      String backLabel,
      String errorsHeading,
      String stylesheet) {}
}
