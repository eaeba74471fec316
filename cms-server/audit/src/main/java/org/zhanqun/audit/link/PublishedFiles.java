package org.zhanqun.audit.link;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The files of one published cluster, as a web server would serve them. Lookups are cached for one
 * check and safe to call from several threads.
 */
final class PublishedFiles {

  private final Path root;
  private final Map<String, Optional<String>> files = new ConcurrentHashMap<>();
  private final Map<String, Set<String>> anchors = new ConcurrentHashMap<>();

  /**
   * @param root the real path of the published folder
   */
  PublishedFiles(Path root) {
    this.root = root;
  }

  /**
   * The file a decoded path below the base URL is served from, relative to the folder: {@code
   * index.html} for a folder (with or without the final {@code /}, as servers redirect {@code
   * /news} to {@code /news/}); empty when there is none.
   */
  Optional<String> find(String decodedPath) {
    return files.computeIfAbsent(decodedPath, this::lookUp);
  }

  /** The ids of the HTML page at {@code path} (a result of {@link #find}), read once. */
  Set<String> anchorsOf(String path, URI url) {
    return anchors.computeIfAbsent(
        path,
        p -> {
          try {
            return PageScanner.anchors(PageScanner.parse(root.resolve(p), url));
          } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + root.resolve(p), e);
          }
        });
  }

  /** Records the ids of a page already parsed, so that it is not read again. */
  void rememberAnchors(String path, Set<String> ids) {
    anchors.putIfAbsent(path, ids);
  }

  private Optional<String> lookUp(String decodedPath) {
    if (decodedPath.indexOf('\0') >= 0 || decodedPath.indexOf('\\') >= 0) {
      return Optional.empty();
    }
    String path =
        decodedPath.isEmpty() || decodedPath.endsWith("/")
            ? decodedPath + "index.html"
            : decodedPath;
    for (String segment : path.split("/", -1)) {
      if (segment.equals("..") || segment.equals(".")) {
        return Optional.empty(); // would leave the folder or is not a canonical URL
      }
    }
    Path file = root.resolve(path);
    if (Files.isRegularFile(file)) {
      return Optional.of(path);
    }
    if (Files.isRegularFile(file.resolve("index.html"))) {
      return Optional.of(path + "/index.html");
    }
    return Optional.empty();
  }
}
