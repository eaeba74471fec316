package org.zhanqun.cms.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class MainTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int execute(String... arguments) {
    CommandLine commandLine = Main.commandLine(new ConfigDefaults(Map.of(), Map.of()));
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    return commandLine.execute(arguments);
  }

  @ParameterizedTest
  @ValueSource(strings = {"--help", "-h"})
  void showsHelpWithItsCommands(String option) {
    assertThat(execute(option)).isZero();
    assertThat(out.toString()).contains("Usage: zhanqun").contains("run");
  }

  @ParameterizedTest
  @ValueSource(strings = {"--version", "-V"})
  void showsItsVersionAndTheJavaVersion(String option) {
    assertThat(execute(option)).isZero();
    assertThat(out.toString()).startsWith("zhanqun ").contains("Java " + Runtime.version());
  }

  @Test
  void everySubcommandHasHelpAndVersion() {
    for (String subcommand : new String[] {"run", "reindex"}) {
      out.getBuffer().setLength(0);
      assertThat(execute(subcommand, "--help")).isZero();
      assertThat(out.toString()).contains("Usage: zhanqun " + subcommand);
      out.getBuffer().setLength(0);
      assertThat(execute(subcommand, "--version")).isZero();
      assertThat(out.toString()).startsWith("zhanqun ");
    }
  }

  @Test
  void offersTheAuditCommand() {
    assertThat(execute("audit", "--help")).isZero();
    assertThat(out.toString()).contains("Usage: zhanqun audit").contains("--as-of");
    assertThat(execute("audit", "--as-of", "16.11.2026")).isEqualTo(2);
    assertThat(err.toString()).contains("--as-of: '16.11.2026' is not a date");
  }

  @Test
  void offersTheProofreadCommand() {
    assertThat(execute("proofread", "--help")).isZero();
    assertThat(out.toString())
        .contains("Usage: zhanqun proofread")
        .contains("--dictionary")
        .contains("--format");
    assertThat(execute("proofread", "--format", "xml")).isEqualTo(2);
    assertThat(err.toString()).contains("--format 'xml': use one of json, csv, html");
  }

  @Test
  void theBuildCommandCanAllowFindings() {
    assertThat(execute("build", "--help")).isZero();
    assertThat(out.toString()).contains("--allow-findings");
  }

  @Test
  void withoutASubcommandShowsUsageOnStderrAndExitsWith2() {
    assertThat(execute()).isEqualTo(2);
    assertThat(err.toString()).contains("Missing required subcommand").contains("Usage: zhanqun");
  }

  @Test
  void suggestsHelpForAnUnknownOption() {
    assertThat(execute("run", "--prot", "1")).isEqualTo(2);
    assertThat(err.toString())
        .contains("Unknown option")
        .contains("Try 'zhanqun run --help' for more information.");
  }
}
