package org.zhanqun.cms.infrastructure.rest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.ws.rs.core.Response.Status;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Puts the browser protections on every answer of the application — the API, the published pages at
 * {@code /}, the web console at {@code /admin/}, previews and errors: a Content-Security-Policy
 * without inline script (chosen per path, {@link #policyFor}), {@code X-Content-Type-Options:
 * nosniff}, a Referrer-Policy and no framing. It also keeps the container's own error pages out: an
 * error the container would answer with its HTML page ({@code sendError}, e.g. 405 on a published
 * page) is answered with the API's JSON error body instead, and an exception that escapes a servlet
 * is logged with a reference and answered 500 with that reference only, never a stack trace.
 */
@WebFilter(urlPatterns = "/*", filterName = "security-headers")
public class SecurityHeadersFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  private static final Logger LOG = Logger.getLogger(SecurityHeadersFilter.class.getName());

  /** The published pages: scripts, styles and fonts from this origin only. */
  static final String SITE_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https:;"
          + " font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self';"
          + " form-action 'self'; frame-ancestors 'none'";

  /**
   * Previews of unpublished pages: the published pages' policy, but the console of this origin may
   * show them in a frame (sandboxed there) so a reviewer sees the page in its real theme in place.
   */
  static final String PREVIEW_POLICY =
      SITE_POLICY.replace("frame-ancestors 'none'", "frame-ancestors 'self'");

  private static final String PREVIEWS = "/api/v1/preview/";

  /** JSON answers: nothing to load, nothing to run. */
  static final String API_POLICY =
      "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

  /**
   * The audit's HTML report, one self-contained file (also written by {@code zhanqun audit}) with
   * its styles inline; it has no script, and none may run.
   */
  static final String REPORT_POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none';"
          + " form-action 'none'; frame-ancestors 'none'";

  /**
   * The public forms' doors (letters, consultations, error reports), which answer a plain form post
   * with a small HTML page: its one stylesheet from this origin, nothing else; the page may post
   * its own small form (the rating of a replied letter) to this origin.
   */
  static final String PUBLIC_FORM_POLICY =
      "default-src 'none'; style-src 'self'; base-uri 'none'; form-action 'self';"
          + " frame-ancestors 'none'";

  private static final Pattern PUBLIC_FORMS =
      Pattern.compile("/api/v1/public/(letters|consultations|error-reports|forms)(/.*)?");

  /**
   * The web console at {@code /admin/}: its own scripts, styles and API only; images also as data
   * URLs; frames of this origin (previews, sandboxed); no plugins, no {@code <base>}, forms only to
   * this origin.
   */
  static final String CONSOLE_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; frame-src 'self'; object-src 'none'; base-uri 'none';"
          + " form-action 'self'; frame-ancestors 'none'";

  /** The web console's folder, below the context root. */
  static final String CONSOLE = "/admin";

  private static final Pattern AUDIT_REPORT =
      Pattern.compile("/api/v1/audit/runs/[^/]+/report\\.html");

  /** The Content-Security-Policy for a path of the application (without its context root). */
  static String policyFor(String path) {
    if (AUDIT_REPORT.matcher(path).matches()) {
      return REPORT_POLICY;
    }
    if (isConsole(path)) {
      return CONSOLE_POLICY;
    }
    if (path.startsWith(PREVIEWS)) {
      return PREVIEW_POLICY;
    }
    if (PUBLIC_FORMS.matcher(path).matches()) {
      return PUBLIC_FORM_POLICY;
    }
    if (path.startsWith("/api/")) {
      return API_POLICY;
    }
    return SITE_POLICY;
  }

  /** Whether the path is the web console's or one of its files. */
  static boolean isConsole(String path) {
    return path.equals(CONSOLE) || path.startsWith(CONSOLE + "/");
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    protect(response, path);
    try {
      chain.doFilter(request, new PlainErrors(response));
    } catch (IOException | ServletException | RuntimeException e) {
      String reference = UUID.randomUUID().toString();
      LOG.log(Level.SEVERE, "unexpected failure " + reference + " on " + path, e);
      if (!response.isCommitted()) {
        response.reset();
        protect(response, path);
        writeError(response, 500, "unexpected failure, reference " + reference);
      }
    }
  }

  private static void protect(HttpServletResponse response, String path) {
    response.setHeader("Content-Security-Policy", policyFor(path));
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", path.startsWith(PREVIEWS) ? "SAMEORIGIN" : "DENY");
    response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    if (isConsole(path)) {
      // a new release is picked up at once: the files are revalidated (ETag) on every load
      response.setHeader("Cache-Control", "no-cache");
    }
  }

  /** The error body of the API ({@link ErrorResponse}) for a status, written by hand. */
  private static void writeError(HttpServletResponse response, int status, String message)
      throws IOException {
    Status known = Status.fromStatusCode(status);
    String phrase = known == null ? "Error" : known.getReasonPhrase();
    String body =
        "{\"status\":"
            + status
            + ",\"error\":\""
            + phrase
            + "\",\"message\":\""
            + message
            + "\",\"errors\":[]}";
    response.setStatus(status);
    response.setContentType("application/json;charset=UTF-8");
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }

  /** Answers {@code sendError} with the JSON error body instead of the container's HTML page. */
  private static final class PlainErrors extends HttpServletResponseWrapper {

    PlainErrors(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void sendError(int status) throws IOException {
      sendError(status, null);
    }

    @Override
    public void sendError(int status, String ignoredMessage) throws IOException {
      if (isCommitted()) {
        throw new IllegalStateException("the response is already committed");
      }
      resetBuffer();
      Status known = Status.fromStatusCode(status);
      writeError(
          (HttpServletResponse) getResponse(),
          status,
          known == null ? "HTTP " + status : known.getReasonPhrase());
    }
  }
}
