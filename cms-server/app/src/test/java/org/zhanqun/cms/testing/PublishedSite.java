package org.zhanqun.cms.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
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
    Instant deadline = Instant.now().plus(PATIENCE);
    String text = read(path);
    while (!condition.test(text)) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError(
            "after "
                + PATIENCE.toSeconds()
                + " s, "
                + path
                + " is still: "
                + (text == null ? "missing" : abbreviate(text)));
      }
      pause();
      text = read(path);
    }
    return text;
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

  private static String abbreviate(String text) {
    return text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }

  /** Waits a tenth of a second, between two looks. */
  public static void pause() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }
}
