package org.zhanqun.audit.link;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads one published HTML page: the URLs it links to, with their kinds, and its anchors. */
final class PageScanner {

  private static final Set<String> IMAGE_EXTENSIONS =
      Set.of("png", "jpg", "jpeg", "gif", "webp", "svg", "bmp", "ico", "avif", "tif", "tiff");
  private static final Set<String> ATTACHMENT_EXTENSIONS =
      Set.of(
          "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "wps", "et", "dps", "ofd", "rtf",
          "txt", "csv", "odt", "ods", "odp", "zip", "rar", "7z", "gz", "tar");
  private static final Set<String> MEDIA_EXTENSIONS =
      Set.of("mp3", "mp4", "webm", "ogg", "wav", "avi", "mov", "flv", "m4a", "m4v");

  /** A URL as written in the page, with what it points to. */
  record FoundHref(String href, LinkKind kind) {}

  /**
   * @param base the URL relative links are resolved against: the page's, or its {@code <base href>}
   * @param hints {@code <link rel=preconnect|dns-prefetch>}: connection hints, not links
   */
  record ScannedPage(URI base, List<FoundHref> hrefs, int hints) {}

  private PageScanner() {}

  static Document parse(Path file, URI url) throws IOException {
    return Jsoup.parse(file.toFile(), "UTF-8", url.toString());
  }

  static ScannedPage scan(Document document, URI url) {
    URI base = url;
    Element baseElement = document.selectFirst("base[href]");
    if (baseElement != null) {
      try {
        base = UrlText.resolve(url, baseElement.attr("href"));
      } catch (URISyntaxException | IllegalArgumentException e) {
        // browsers ignore an invalid <base href>; so do we
      }
    }
    List<FoundHref> hrefs = new ArrayList<>();
    int hints = 0;
    for (Element element : document.getAllElements()) {
      switch (element.normalName()) {
        case "a", "area" ->
            add(hrefs, element, "href", element.hasAttr("download") ? LinkKind.ATTACHMENT : null);
        case "img" -> {
          add(hrefs, element, "src", LinkKind.IMAGE);
          addSrcset(hrefs, element, LinkKind.IMAGE);
        }
        case "source" -> {
          Element parent = element.parent();
          boolean picture = parent != null && parent.normalName().equals("picture");
          LinkKind kind = picture ? LinkKind.IMAGE : LinkKind.MEDIA;
          add(hrefs, element, "src", kind);
          addSrcset(hrefs, element, kind);
        }
        case "link" -> {
          Set<String> rel = relTokens(element);
          if (rel.contains("preconnect") || rel.contains("dns-prefetch")) {
            hints += element.hasAttr("href") ? 1 : 0;
          } else {
            add(hrefs, element, "href", linkElementKind(element, rel));
          }
        }
        case "script" -> add(hrefs, element, "src", LinkKind.SCRIPT);
        case "iframe", "frame" -> add(hrefs, element, "src", LinkKind.PAGE);
        case "video" -> {
          add(hrefs, element, "src", LinkKind.MEDIA);
          add(hrefs, element, "poster", LinkKind.IMAGE);
        }
        case "audio", "track", "embed" -> add(hrefs, element, "src", LinkKind.MEDIA);
        case "object" -> add(hrefs, element, "data", LinkKind.MEDIA);
        default -> {}
      }
    }
    return new ScannedPage(base, hrefs, hints);
  }

  /** The ids a {@code #fragment} may name: every {@code id} and every {@code <a name>}. */
  static Set<String> anchors(Document document) {
    Set<String> ids = new HashSet<>();
    for (Element element : document.getAllElements()) {
      if (element.hasAttr("id")) {
        ids.add(element.attr("id"));
      }
      if (element.normalName().equals("a") && element.hasAttr("name")) {
        ids.add(element.attr("name"));
      }
    }
    return ids;
  }

  /** The kind of what a URL points to, guessed from its file extension; pages otherwise. */
  static LinkKind kindByExtension(String href) {
    String path = href;
    int end = path.length();
    for (char stop : new char[] {'?', '#'}) {
      int at = path.indexOf(stop);
      if (at >= 0 && at < end) {
        end = at;
      }
    }
    path = path.substring(0, end);
    int dot = path.lastIndexOf('.');
    if (dot < 0 || dot < path.lastIndexOf('/')) {
      return LinkKind.PAGE;
    }
    String extension = path.substring(dot + 1).toLowerCase(Locale.ROOT);
    if (IMAGE_EXTENSIONS.contains(extension)) {
      return LinkKind.IMAGE;
    }
    if (ATTACHMENT_EXTENSIONS.contains(extension)) {
      return LinkKind.ATTACHMENT;
    }
    if (MEDIA_EXTENSIONS.contains(extension)) {
      return LinkKind.MEDIA;
    }
    return switch (extension) {
      case "css" -> LinkKind.STYLESHEET;
      case "js", "mjs" -> LinkKind.SCRIPT;
      default -> LinkKind.PAGE;
    };
  }

  private static LinkKind linkElementKind(Element element, Set<String> rel) {
    if (rel.contains("stylesheet")) {
      return LinkKind.STYLESHEET;
    }
    if (rel.contains("icon") || rel.contains("apple-touch-icon") || rel.contains("mask-icon")) {
      return LinkKind.IMAGE;
    }
    if (rel.contains("preload") || rel.contains("modulepreload")) {
      return switch (element.attr("as").toLowerCase(Locale.ROOT)) {
        case "style" -> LinkKind.STYLESHEET;
        case "script" -> LinkKind.SCRIPT;
        case "image" -> LinkKind.IMAGE;
        case "audio", "video", "track", "font" -> LinkKind.MEDIA;
        default -> rel.contains("modulepreload") ? LinkKind.SCRIPT : null;
      };
    }
    return LinkKind.PAGE; // canonical, alternate (translations, feeds), manifest, …
  }

  private static Set<String> relTokens(Element element) {
    Set<String> tokens = new HashSet<>();
    for (String token : element.attr("rel").toLowerCase(Locale.ROOT).split("\\s+")) {
      if (!token.isEmpty()) {
        tokens.add(token);
      }
    }
    return tokens;
  }

  /** Adds the attribute's value; a null kind is guessed from the file extension. */
  private static void add(List<FoundHref> hrefs, Element element, String attribute, LinkKind kind) {
    if (element.hasAttr(attribute)) {
      String href = element.attr(attribute);
      hrefs.add(new FoundHref(href, kind != null ? kind : kindByExtension(href)));
    }
  }

  /** Each candidate URL of a {@code srcset}: "a.png 1x, b.png 2x". */
  private static void addSrcset(List<FoundHref> hrefs, Element element, LinkKind kind) {
    if (!element.hasAttr("srcset")) {
      return;
    }
    for (String candidate : element.attr("srcset").split(",")) {
      String url = candidate.strip().split("\\s+", 2)[0];
      if (!url.isEmpty()) {
        hrefs.add(new FoundHref(url, kind));
      }
    }
  }
}
