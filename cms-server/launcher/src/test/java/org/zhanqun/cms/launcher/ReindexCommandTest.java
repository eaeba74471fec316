package org.zhanqun.cms.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The command's options and its failures before any server answers. The reindex itself (the
 * endpoint, its rights and the queue draining) is covered against the real server by {@code
 * SearchIT} in the WAR module.
 */
class ReindexCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int execute(String... arguments) {
    CommandLine commandLine = Main.commandLine(new ConfigDefaults(Map.of(), Map.of()));
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(arguments);
  }

  @Test
  void isASubcommandWithHelpThatNamesItsOptionsAndExitCodes() {
    assertThat(execute("reindex", "--help")).isZero();

    assertThat(out.toString())
        .contains("Usage: zhanqun reindex")
        .contains("--url")
        .contains("--user")
        .contains("--password")
        .contains("--clear")
        .contains("ZHANQUN_ADMIN_PASSWORD")
        .contains("3   no Zhanqun server answers")
        .doesNotContain("admin-demo-2026");
  }

  @Test
  void defaultsToTheRunCommandsPortAndTheDemoAdministrator() {
    CommandLine commandLine = Main.commandLine(new ConfigDefaults(Map.of(), Map.of()));
    CommandLine reindex = commandLine.getSubcommands().get("reindex");
    commandLine.parseArgs("reindex");
    ReindexCommand command = reindex.getCommand();

    assertThat(command.url)
        .isEqualTo(
            "http://localhost:" + System.getenv().getOrDefault("ZHANQUN_HTTP_PORT", "8080") + "/");
    assertThat(command.user).isEqualTo("admin");
    assertThat(command.password)
        .isEqualTo(System.getenv().getOrDefault("ZHANQUN_ADMIN_PASSWORD", "admin-demo-2026"));
    assertThat(command.clear).isFalse();
  }

  @Test
  void refusesAUrlThatIsNotAbsoluteHttp() {
    assertThat(execute("reindex", "--url", "localhost:8080")).isEqualTo(2);
    assertThat(err.toString()).contains("--url 'localhost:8080'");
  }

  @Test
  void refusesATimeoutBelowOneSecond() {
    assertThat(execute("reindex", "--timeout", "0")).isEqualTo(2);
    assertThat(err.toString()).contains("--timeout must be at least 1 second");
  }

  @Test
  void saysSoAndExitsWith3WhenNoServerListens() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }

    int exit = execute("reindex", "--url", "http://127.0.0.1:" + port);

    assertThat(exit).isEqualTo(3);
    assertThat(err.toString())
        .contains(
            "zhanqun reindex: no Zhanqun server answers at http://127.0.0.1:"
                + port
                + "/ (connection refused)");
    assertThat(out.toString()).isEmpty();
  }
}
