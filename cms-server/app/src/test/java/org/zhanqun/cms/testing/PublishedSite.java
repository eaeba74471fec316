package org.zhanqun.cms.testing;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The static cluster the server under test publishes ({@code it.publish.output}), read as a web
 * server would read it, with waits for the publisher (it runs every 200 ms).
 */
public final class PublishedSite {

  private static final Duration PATIENCE = Duration.ofSeconds(20);

  private PublishedSite() {}

  public static Path root() {
    return Path.of(System.getProperty("it.publish.output", "target/it/public"));
  }

  /** The file's text once {@code condition} holds for it (absent files read as null). */
  public static String awaitFile(String path, Predicate<String> condition) {
    return await(path + " as expected")
        .atMost(PATIENCE)
        .pollInterval(Duration.ofMillis(100))
        .until(() -> Optional.ofNullable(read(path)), text -> condition.test(text.orElse(null)))
        .orElse(null);
  }

  /** Waits until the file exists and contains {@code text}; answers the file's text. */
  public static String awaitContaining(String path, String text) {
    return awaitFile(path, t -> t != null && t.contains(text));
  }

  /** Waits until the file is gone. */
  public static void awaitGone(String path) {
    awaitFile(path, t -> t == null);
  }

  /** The file's text now; null when it does not exist. */
  public static String read(String path) {
    Path file = root().resolve(path);
    try {
      return Files.isRegularFile(file) ? Files.readString(file) : null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
