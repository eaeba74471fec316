package org.zhanqun.cms.testing;

import java.nio.file.Path;
import java.util.logging.Logger;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.zhanqun.embedded.EmbeddedMariaDb;

/**
 * Starts one embedded MariaDB for the whole test run, on the port Maven reserved ({@code
 * it.mariadb.port}) with its files in {@code it.mariadb.workDir}. Its data and temporary folders
 * are wiped first, so every run starts from an empty database; the unpacked binaries are kept. Kept
 * in the root store, so JUnit stops it after the last test class, after Arquillian (stored later)
 * has stopped the server that uses it.
 */
public class EmbeddedMariaDbExtension implements BeforeAllCallback {

  private static final Logger LOG = Logger.getLogger(EmbeddedMariaDbExtension.class.getName());
  private static final Namespace NAMESPACE = Namespace.create(EmbeddedMariaDbExtension.class);

  @Override
  public void beforeAll(ExtensionContext context) {
    context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            RunningDatabase.class, key -> RunningDatabase.start(), RunningDatabase.class);
  }

  /** The database of this test run; closed by JUnit when the run ends. */
  static final class RunningDatabase implements ExtensionContext.Store.CloseableResource {

    private final EmbeddedMariaDb database;

    private RunningDatabase(EmbeddedMariaDb database) {
      this.database = database;
    }

    static RunningDatabase start() {
      Path workDir = Path.of(TestEnvironment.requiredProperty("it.mariadb.workDir"));
      int port = Integer.parseInt(TestEnvironment.requiredProperty("it.mariadb.port"));
      TestEnvironment.deleteRecursively(workDir.resolve("data"), "the MariaDB data folder");
      TestEnvironment.deleteRecursively(workDir.resolve("tmp"), "the MariaDB temporary folder");
      long started = System.nanoTime();
      EmbeddedMariaDb database = new EmbeddedMariaDb(workDir, port).start("zhanqun");
      LOG.info(
          () ->
              "embedded MariaDB on 127.0.0.1:"
                  + port
                  + " started in "
                  + (System.nanoTime() - started) / 1_000_000
                  + " ms");
      return new RunningDatabase(database);
    }

    @Override
    public void close() {
      database.stop();
    }
  }
}
