package org.zhanqun.cms.publish;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.zhanqun.model.item.FileFormat;

/**
 * Serves the published static cluster at the server's root, next to the API, as a plain web server
 * would: folders by their {@code index.html}, the cluster's {@code 404.html} for what does not
 * exist, validators (ETag, Last-Modified) so that browsers revalidate cheaply. Each request follows
 * the output link anew, so it sees the version published last. In production any web server or CDN
 * can serve the output folder instead.
 */
@WebServlet(urlPatterns = "/", name = "published-site")
public class PublishedSiteServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private static final Map<String, String> MEDIA_TYPES =
      Map.ofEntries(
          Map.entry("html", "text/html;charset=UTF-8"),
          Map.entry("xml", "application/xml;charset=UTF-8"),
          Map.entry("json", "application/json;charset=UTF-8"),
          Map.entry("css", "text/css;charset=UTF-8"),
          Map.entry("js", "text/javascript;charset=UTF-8"),
          Map.entry("txt", "text/plain;charset=UTF-8"),
          Map.entry("svg", "image/svg+xml"),
          Map.entry("png", "image/png"),
          Map.entry("jpg", "image/jpeg"),
          Map.entry("ico", "image/x-icon"));

  @Inject transient PublishService publishing;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Path root = publishing.outputFolder();
    // Path decoding: a '+' in a path is a plus, not a space as in a query.
    String raw = request.getRequestURI().substring(request.getContextPath().length());
    String requested = URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
    Path file = root.resolve(requested.replaceFirst("^/+", "")).normalize();
    if (!file.startsWith(root) || requested.contains("\0")) {
      notFound(root, response);
      return;
    }
    if (Files.isDirectory(file)) {
      if (!requested.endsWith("/")) {
        response.sendRedirect(request.getRequestURI() + "/");
        return;
      }
      file = file.resolve("index.html");
    }
    if (!Files.isRegularFile(file) || isHidden(root, file)) {
      notFound(root, response);
      return;
    }
    long modified = Files.getLastModifiedTime(file).toMillis();
    long size = Files.size(file);
    String etag = "\"" + Long.toHexString(modified) + "-" + Long.toHexString(size) + "\"";
    response.setHeader("ETag", etag);
    response.setDateHeader("Last-Modified", modified);
    response.setHeader("Cache-Control", "no-cache");
    if (etag.equals(request.getHeader("If-None-Match"))) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    send(file, size, response);
  }

  private static void send(Path file, long size, HttpServletResponse response) throws IOException {
    response.setContentType(mediaType(file));
    response.setContentLengthLong(size);
    Files.copy(file, response.getOutputStream());
  }

  private static void notFound(Path root, HttpServletResponse response) throws IOException {
    response.setStatus(HttpServletResponse.SC_NOT_FOUND);
    Path page = root.resolve("404.html");
    if (Files.isRegularFile(page)) {
      send(page, Files.size(page), response);
    }
  }

  /** Files and folders whose names start with a dot are never served. */
  private static boolean isHidden(Path root, Path file) {
    for (Path part : root.relativize(file)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static String mediaType(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    // Downloadable documents have their media types where uploads are checked: one list.
    return Optional.ofNullable(MEDIA_TYPES.get(extension))
        .or(() -> FileFormat.ofFileName(name).map(FileFormat::mediaType))
        .orElse("application/octet-stream");
  }
}
