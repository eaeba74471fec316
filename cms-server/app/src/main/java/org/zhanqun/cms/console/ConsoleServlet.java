package org.zhanqun.cms.console;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * Serves the console's files from the WAR's {@code admin/} folder. The published cluster's servlet
 * owns {@code /}, which hides the container's static-file servlet, so the console has its own.
 * Every answer carries a content ETag and {@code no-cache}: a browser revalidates each file with a
 * cheap 304 and never runs a console older than the server it talks to. Unknown paths and folders
 * other than the console's root answer 404; {@code /admin} redirects to {@code /admin/}.
 */
@WebServlet(
    urlPatterns = {"/admin", "/admin/*"},
    name = "console")
public class ConsoleServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private static final String ROOT = "/admin";

  private static final Map<String, String> MEDIA_TYPES =
      Map.of(
          "html", "text/html;charset=UTF-8",
          "js", "text/javascript;charset=UTF-8",
          "css", "text/css;charset=UTF-8",
          "properties", "text/plain;charset=UTF-8",
          "svg", "image/svg+xml",
          "png", "image/png",
          "ico", "image/x-icon");

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String pathInfo = request.getPathInfo();
    if (pathInfo == null) {
      response.sendRedirect(request.getRequestURI() + "/");
      return;
    }
    String path = pathInfo.equals("/") ? "/index.html" : pathInfo;
    String mediaType = mediaType(path);
    if (mediaType == null || path.contains("..") || path.contains("\0")) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    byte[] content;
    try (InputStream in = getServletContext().getResourceAsStream(ROOT + path)) {
      if (in == null) {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      }
      content = in.readAllBytes();
    }
    String etag = "\"" + sha256(content) + "\"";
    response.setHeader("ETag", etag);
    response.setHeader("Cache-Control", "no-cache");
    if (etag.equals(request.getHeader("If-None-Match"))) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    response.setContentType(mediaType);
    response.setContentLength(content.length);
    response.getOutputStream().write(content);
  }

  /** The media type of a console file by its extension, or null for what the console never has. */
  static String mediaType(String path) {
    int dot = path.lastIndexOf('.');
    int slash = path.lastIndexOf('/');
    if (dot < 0 || dot < slash) {
      return null;
    }
    return MEDIA_TYPES.get(path.substring(dot + 1));
  }

  private static String sha256(byte[] content) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
