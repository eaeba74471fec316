package org.zhanqun.cms.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The server's exchange folder ({@code zhanqun.exchange.dir}) as the integration tests see it: the
 * server runs on this machine, so tests put the folders to import there and read what was exported.
 */
public final class ExchangeFolders {

  /** The project's demo cluster. */
  public static final Path DEMO_CLUSTER = Path.of("../../content").toAbsolutePath().normalize();

  private ExchangeFolders() {}

  /** The exchange folder itself. */
  public static Path root() {
    Path root = Path.of(TestEnvironment.requiredProperty("it.exchange.dir"));
    try {
      return Files.createDirectories(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A name for a folder of the exchange folder that does not exist yet. */
  public static String newName(String prefix) {
    return Unique.slug(prefix);
  }

  /**
   * Copies the demo cluster into a new folder of the exchange folder; returns the folder's name.
   */
  public static String copyOfTheDemoCluster() {
    String name = newName("demo");
    Path target = root().resolve(name);
    try (Stream<Path> paths = Files.walk(DEMO_CLUSTER)) {
      for (Path source : paths.toList()) {
        Path copy = target.resolve(DEMO_CLUSTER.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(source, copy);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy the demo cluster into " + target, e);
    }
    return name;
  }
}
