package org.zhanqun.cms.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** What the extensions that start the real services share: Maven's settings and scratch folders. */
final class TestEnvironment {

  private TestEnvironment() {}

  /** A system property the failsafe configuration sets; fails when the tests run without Maven. */
  static String requiredProperty(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(
          "system property " + name + " is not set; run the integration tests with Maven");
    }
    return value;
  }

  /** Deletes {@code folder} and everything in it, if it exists; {@code what} names it in errors. */
  static void deleteRecursively(Path folder, String what) {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot wipe " + what + " " + folder, e);
    }
  }
}
