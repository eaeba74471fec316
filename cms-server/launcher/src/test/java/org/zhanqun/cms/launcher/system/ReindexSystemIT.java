package org.zhanqun.cms.launcher.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zhanqun.cms.launcher.ReindexCommand;
import org.zhanqun.embedded.EmbeddedMariaDb;
import picocli.CommandLine;

/**
 * {@code zhanqun reindex} against a whole server as {@code zhanqun run} starts it (Payara Micro,
 * MariaDB, its own Solr node) with the demo cluster imported: the index is rebuilt and the command
 * waits for it; wrong credentials and a server whose Solr does not answer give their exit codes.
 */
class ReindexSystemIT {

  private static Path work;
  private static EmbeddedMariaDb database;
  private static ServerInstance server;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeAll
  static void startServer() throws Exception {
    work =
        Path.of(System.getProperty("system.workDir", "target/system-it"))
            .resolveSibling("system-it-reindex")
            .toAbsolutePath();
    deleteTree(work);
    Files.createDirectories(work);
    database = new EmbeddedMariaDb(work.resolve("mariadb"), freePort()).start("zhanqun");
    server =
        ServerInstance.start(
            "reindex", database.jdbcUrl("zhanqun"), work, work.resolve("public"), true);
  }

  @AfterAll
  static void stopServer() {
    if (server != null) {
      server.close();
    }
    if (database != null) {
      database.stop();
    }
  }

  @Test
  void rebuildsTheIndexFromTheDatabaseAndWaitsUntilEveryItemIsIn() throws Exception {
    int exit = reindex("--password", ServerInstance.ADMIN_PASSWORD, "--clear");

    assertThat(exit).as(err.toString()).isZero();
    String queued = out.toString().replaceFirst("(?s).*Queued (\\d+) live items.*", "$1");
    assertThat(Integer.parseInt(queued)).isGreaterThan(100);
    assertThat(out.toString())
        .contains("(index emptied first)")
        .containsPattern("Done in [0-9.]+ s: " + queued + " items indexed; the index holds \\d+");
    long documents =
        Long.parseLong(
            out.toString().replaceFirst("(?s).*the index holds (\\d+) documents.*", "$1"));
    assertThat(documents).isEqualTo(Long.parseLong(queued));
  }

  @Test
  void refusesWrongCredentialsWithExitCode4() {
    int exit = reindex("--password", "not-the-password");

    assertThat(exit).isEqualTo(4);
    assertThat(err.toString()).contains("refused the login of admin");
  }

  @Test
  void saysSolrIsDownAndQueuesNothingWithExitCode1() throws Exception {
    String noSolr = "http://127.0.0.1:" + freePort() + "/solr";
    try (ServerInstance withoutSolr =
        ServerInstance.start(
            "reindex-no-solr",
            database.jdbcUrl("zhanqun"),
            work,
            work.resolve("public-no-solr"),
            false,
            Map.of("zhanqun.solr.url", noSolr, "zhanqun.publish.enabled", "false"))) {

      int exit = reindex(withoutSolr, "--password", ServerInstance.ADMIN_PASSWORD);

      assertThat(exit).isEqualTo(1);
      assertThat(err.toString()).contains("Solr does not answer, so nothing was queued");
    }
  }

  private int reindex(String... arguments) {
    return reindex(server, arguments);
  }

  private int reindex(ServerInstance target, String... arguments) {
    String[] all = new String[arguments.length + 2];
    all[0] = "--url";
    all[1] = target.root().toString();
    System.arraycopy(arguments, 0, all, 2, arguments.length);
    CommandLine command = new CommandLine(new ReindexCommand());
    command.setOut(new PrintWriter(out, true));
    command.setErr(new PrintWriter(err, true));
    return command.execute(all);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void deleteTree(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
