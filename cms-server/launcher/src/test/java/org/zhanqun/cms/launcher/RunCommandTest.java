package org.zhanqun.cms.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhanqun.cms.launcher.runtime.DatabaseUrl;
import org.zhanqun.cms.launcher.runtime.ListenAddress;
import org.zhanqun.cms.launcher.runtime.RunSettings;
import org.zhanqun.cms.launcher.runtime.TcpPort;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

class RunCommandTest {

  private static RunCommand parse(ConfigDefaults defaults, String... runArguments) {
    String[] arguments = new String[runArguments.length + 1];
    arguments[0] = "run";
    System.arraycopy(runArguments, 0, arguments, 1, runArguments.length);
    CommandLine.ParseResult result = Main.commandLine(defaults).parseArgs(arguments);
    return (RunCommand) result.subcommand().commandSpec().userObject();
  }

  private static RunSettings settings(ConfigDefaults defaults, String... runArguments) {
    return parse(defaults, runArguments).settings();
  }

  private static ConfigDefaults nothingConfigured() {
    return new ConfigDefaults(Map.of(), Map.of());
  }

  private static ConfigDefaults environment(String name, String value) {
    return new ConfigDefaults(Map.of(), Map.of(name, value));
  }

  @Test
  void runsEmbeddedOnPort8080InDotZhanqunWhenNothingIsConfigured() {
    RunSettings settings = settings(nothingConfigured());

    assertThat(settings.httpPort()).isEqualTo(new TcpPort(8080));
    assertThat(settings.listenAddress()).isEqualTo(ListenAddress.LOOPBACK);
    assertThat(settings.workDir()).isEqualTo(Path.of(".zhanqun").toAbsolutePath().normalize());
    assertThat(settings.embeddedMode()).isTrue();
    assertThat(settings.embeddedDatabasePort()).isEqualTo(new TcpPort(3307));
    assertThat(settings.databaseUser()).isEmpty();
    assertThat(settings.databasePassword()).isEmpty();
  }

  @Test
  void takesDefaultsFromEnvironmentVariables() {
    ConfigDefaults defaults =
        new ConfigDefaults(
            Map.of(),
            Map.of(
                "ZHANQUN_HTTP_PORT", "9000",
                "ZHANQUN_WORK_DIR", "target/somewhere",
                "ZHANQUN_DB_URL", "jdbc:mariadb://db:3306/cms",
                "ZHANQUN_DB_USER", "cms",
                "ZHANQUN_DB_PASSWORD", "s3cret",
                "ZHANQUN_HTTP_BIND_ADDRESS", "0.0.0.0"));

    RunSettings settings = settings(defaults);

    assertThat(settings.httpPort()).isEqualTo(new TcpPort(9000));
    assertThat(settings.workDir()).isEqualTo(Path.of("target", "somewhere").toAbsolutePath());
    assertThat(settings.externalDatabase()).contains(new DatabaseUrl("jdbc:mariadb://db:3306/cms"));
    assertThat(settings.databaseUser()).contains("cms");
    assertThat(settings.databasePassword()).contains("s3cret");
    assertThat(settings.listenAddress()).isEqualTo(ListenAddress.parse("0.0.0.0"));
  }

  @Test
  void systemPropertiesOverrideEnvironmentVariables() {
    ConfigDefaults defaults =
        new ConfigDefaults(
            Map.of("zhanqun.http.port", "9001"), Map.of("ZHANQUN_HTTP_PORT", "9000"));

    assertThat(settings(defaults).httpPort()).isEqualTo(new TcpPort(9001));
  }

  @Test
  void commandLineOptionsOverrideConfiguration() {
    ConfigDefaults defaults =
        new ConfigDefaults(
            Map.of("zhanqun.http.port", "9001"),
            Map.of("ZHANQUN_DB_URL", "jdbc:mariadb://db/cms", "ZHANQUN_DB_PORT", "3399"));

    RunSettings settings =
        settings(
            defaults,
            "--port",
            "9002",
            "--db-url=jdbc:mysql://other/cms",
            "--db-port",
            "0",
            "--work-dir",
            "target/w");

    assertThat(settings.httpPort()).isEqualTo(new TcpPort(9002));
    assertThat(settings.externalDatabase()).contains(new DatabaseUrl("jdbc:mysql://other/cms"));
    assertThat(settings.embeddedDatabasePort().isAnyFree()).isTrue();
    assertThat(settings.workDir()).isEqualTo(Path.of("target", "w").toAbsolutePath());
  }

  @Test
  void anEmptyDatabaseUrlOnTheCommandLineSelectsEmbeddedMode() {
    RunSettings settings =
        settings(environment("ZHANQUN_DB_URL", "jdbc:mariadb://db/cms"), "--db-url=");

    assertThat(settings.embeddedMode()).isTrue();
  }

  @Test
  void rejectsANonNumericPortNamingTheOptionAndValue() {
    assertThatThrownBy(() -> settings(nothingConfigured(), "--port", "abc"))
        .isInstanceOf(ParameterException.class)
        .hasMessage("Invalid value for option '--port': 'abc' is not a port number (0-65535)");
  }

  @Test
  void rejectsAnOutOfRangePort() {
    assertThatThrownBy(() -> settings(nothingConfigured(), "--port", "70000"))
        .isInstanceOf(ParameterException.class)
        .hasMessageStartingWith("Invalid value for option '--port': '70000'");
  }

  @Test
  void rejectsPortZeroForHttp() {
    assertThatThrownBy(() -> settings(nothingConfigured(), "--port", "0"))
        .isInstanceOf(ParameterException.class)
        .hasMessageStartingWith("Invalid value for option '--port': 0 (any free port)");
  }

  @Test
  void namesTheEnvironmentVariableAnInvalidDefaultCameFrom() {
    assertThatThrownBy(() -> settings(environment("ZHANQUN_DB_PORT", "x")))
        .isInstanceOf(ParameterException.class)
        .hasMessage(
            "Invalid value for option '--db-port' (from environment variable ZHANQUN_DB_PORT):"
                + " 'x' is not a port number (0-65535)");
  }

  @Test
  void namesTheSystemPropertyAnInvalidDefaultCameFrom() {
    ConfigDefaults defaults = new ConfigDefaults(Map.of("zhanqun.http.port", "-1"), Map.of());

    assertThatThrownBy(() -> settings(defaults))
        .hasMessageStartingWith(
            "Invalid value for option '--port' (from system property zhanqun.http.port):");
  }

  @Test
  void rejectsDatabaseUrlsOtherThanMariaDbAndMySql() {
    assertThatThrownBy(() -> settings(nothingConfigured(), "--db-url", "jdbc:postgresql://db/x"))
        .isInstanceOf(ParameterException.class)
        .hasMessageStartingWith(
            "Invalid value for option '--db-url': 'jdbc:postgresql://db/x' is not a MariaDB JDBC"
                + " URL");
  }

  @Test
  void rejectsABindAddressThatIsNotAnIpAddress() {
    assertThatThrownBy(() -> settings(nothingConfigured(), "--bind-address", "example.org"))
        .isInstanceOf(ParameterException.class)
        .hasMessageStartingWith(
            "Invalid value for option '--bind-address': 'example.org' is not an IP address");
  }

  @Test
  void rejectsAnEmbeddedWorkFolderInsideTheSystemTemporaryFolder() {
    Path temp = Path.of(System.getProperty("java.io.tmpdir"), "zhanqun-work");

    assertThatThrownBy(() -> settings(nothingConfigured(), "--work-dir", temp.toString()))
        .isInstanceOf(ParameterException.class)
        .hasMessageStartingWith("Invalid value for option '--work-dir': ")
        .hasMessageContaining("inside the system temporary folder");
  }

  @Test
  void acceptsAWorkFolderInsideTheSystemTemporaryFolderWithAnExternalDatabase() {
    Path temp = Path.of(System.getProperty("java.io.tmpdir"), "zhanqun-work");

    RunSettings settings =
        settings(
            nothingConfigured(), "--work-dir", temp.toString(), "--db-url", "jdbc:mariadb://db/x");

    assertThat(settings.workDir()).isEqualTo(temp.toAbsolutePath().normalize());
  }

  @Test
  void rejectsAWorkFolderThatIsAFile(@TempDir Path folder) throws Exception {
    Path file = Files.createFile(folder.resolve("file"));

    assertThatThrownBy(
            () ->
                settings(
                    nothingConfigured(),
                    "--work-dir",
                    file.toString(),
                    "--db-url",
                    "jdbc:mariadb://db/x"))
        .isInstanceOf(ParameterException.class)
        .hasMessageContaining("is a file, not a folder");
  }

  @Test
  void exitsWith2AndExplainsOnStderrWhenAnOptionIsInvalid() {
    CommandLine commandLine = Main.commandLine(nothingConfigured());
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));

    int exitCode = commandLine.execute("run", "--port", "abc");

    assertThat(exitCode).isEqualTo(2);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString())
        .contains("Invalid value for option '--port': 'abc' is not a port number")
        .contains("Try 'zhanqun run --help' for more information.");
  }

  @Test
  void helpNamesThePropertyAndEnvironmentVariableOfEveryOption() {
    CommandLine run = Main.commandLine(nothingConfigured()).getSubcommands().get("run");
    // Help wraps long lines, also after dots, so compare without white space.
    String help = run.getUsageMessage(CommandLine.Help.Ansi.OFF).replaceAll("\\s+", "");

    for (ConfigKey key : ConfigKey.values()) {
      assertThat(help)
          .contains(key.option())
          .contains(key.property())
          .contains(key.environmentVariable());
    }
  }

  @Test
  void helpShowsTheEffectiveDefaultButNeverThePassword() {
    ConfigDefaults defaults =
        new ConfigDefaults(
            Map.of(), Map.of("ZHANQUN_HTTP_PORT", "9000", "ZHANQUN_DB_PASSWORD", "s3cret"));
    CommandLine run = Main.commandLine(defaults).getSubcommands().get("run");
    String help = run.getUsageMessage(CommandLine.Help.Ansi.OFF);

    assertThat(help).contains("default: 9000").doesNotContain("s3cret");
  }

  @Test
  void carriesFurtherServerSystemPropertiesIntoTheSettings() {
    ConfigDefaults defaults =
        new ConfigDefaults(Map.of("zhanqun.scheduler.interval", "PT1S"), Map.of());

    assertThat(settings(defaults).serverProperties())
        .containsEntry("zhanqun.scheduler.interval", "PT1S");
  }

  @Test
  void publishesIntoTheWorkFolderWithTheThemesAndStringsOfThisCheckout() {
    RunSettings settings = settings(nothingConfigured(), "--work-dir", "/srv/zhanqun");

    assertThat(settings.serverProperties())
        .containsEntry("zhanqun.publish.output", "/srv/zhanqun/public")
        .containsEntry(
            "zhanqun.publish.templates", Path.of("site-templates").toAbsolutePath().toString())
        .containsEntry("zhanqun.publish.i18n", Path.of("i18n").toAbsolutePath().toString());
  }

  @Test
  void putsTheExchangeFolderForImportsAndExportsInTheWorkFolder(@TempDir Path folder) {
    Path work = folder.resolve("work");

    assertThat(RunCommand.publishingDefaults(folder, work, false))
        .containsEntry("zhanqun.exchange.dir", work.resolve("exchange").toString());
  }

  @Test
  void importsTheDemoClusterOnlyInEmbeddedModeAndOnlyWhenTheFolderExists(@TempDir Path folder)
      throws Exception {
    Path work = folder.resolve("work");
    assertThat(RunCommand.publishingDefaults(folder, work, true))
        .as("no content folder")
        .doesNotContainKey("zhanqun.import.on-start");

    Files.createDirectories(folder.resolve("content"));

    assertThat(RunCommand.publishingDefaults(folder, work, true))
        .containsEntry("zhanqun.import.on-start", folder.resolve("content").toString());
    assertThat(RunCommand.publishingDefaults(folder, work, false))
        .as("an external database is never filled with the demo")
        .doesNotContainKey("zhanqun.import.on-start")
        .containsEntry("zhanqun.publish.output", work.resolve("public").toString());
  }

  @Test
  void proofreadsWithTheDemoClustersDictionaryOnlyInEmbeddedModeAndOnlyWhenTheFileExists(
      @TempDir Path folder) throws Exception {
    Path work = folder.resolve("work");
    Files.createDirectories(folder.resolve("content"));
    assertThat(RunCommand.publishingDefaults(folder, work, true))
        .as("no dictionary file")
        .doesNotContainKey("zhanqun.proofreading.dictionary");

    Path dictionary =
        Files.writeString(folder.resolve("content/proofreading.yaml"), "officials: []\n");

    assertThat(RunCommand.publishingDefaults(folder, work, true))
        .containsEntry("zhanqun.proofreading.dictionary", dictionary.toString());
    assertThat(RunCommand.publishingDefaults(folder, work, false))
        .as("an external installation names its own dictionary")
        .doesNotContainKey("zhanqun.proofreading.dictionary");
  }

  @Test
  void keepsThePersonalDataKeyInTheWorkFolderOnlyInEmbeddedMode(@TempDir Path folder) {
    Path work = folder.resolve("work");

    assertThat(RunCommand.publishingDefaults(folder, work, true))
        .containsEntry("zhanqun.interaction.key-file", work.resolve("interaction.key").toString());
    assertThat(RunCommand.publishingDefaults(folder, work, false))
        .as("an external installation configures its own key")
        .doesNotContainKey("zhanqun.interaction.key-file");
  }

  @Test
  void aPublishingSettingInTheEnvironmentIsLeftToTheServer() {
    ConfigDefaults defaults =
        new ConfigDefaults(Map.of(), Map.of("ZHANQUN_IMPORT_ON_START", "/srv/other-content"));

    assertThat(settings(defaults).serverProperties())
        .as("a system property would outrank the variable the server reads")
        .doesNotContainKey("zhanqun.import.on-start");
  }

  @Test
  void configuredPublishingSettingsWinOverTheDefaults() {
    ConfigDefaults defaults =
        new ConfigDefaults(Map.of("zhanqun.publish.output", "/var/www/cluster"), Map.of());

    assertThat(settings(defaults).serverProperties())
        .containsEntry("zhanqun.publish.output", "/var/www/cluster");
  }

  @Test
  void refusesToOpenTheEmbeddedDatabaseAndDemoAccountsToTheNetwork() {
    assertThatThrownBy(() -> settings(nothingConfigured(), "--bind-address", "0.0.0.0"))
        .isInstanceOf(ParameterException.class)
        .hasMessageStartingWith("Invalid value for option '--bind-address': 0.0.0.0")
        .hasMessageContaining("skip-grant-tables")
        .hasMessageContaining("demo accounts")
        .hasMessageContaining("--db-url");
    assertThatThrownBy(() -> settings(environment("ZHANQUN_HTTP_BIND_ADDRESS", "192.168.1.20")))
        .isInstanceOf(ParameterException.class)
        .hasMessageContaining("(from environment variable ZHANQUN_HTTP_BIND_ADDRESS)");
  }

  @Test
  void opensTheServerToTheNetworkWithAnExternalDatabase() {
    RunSettings settings =
        settings(
            nothingConfigured(),
            "--bind-address",
            "0.0.0.0",
            "--db-url",
            "jdbc:mariadb://db.example:3306/zhanqun");

    assertThat(settings.listenAddress()).isEqualTo(ListenAddress.parse("0.0.0.0"));
    assertThat(settings.embeddedMode()).isFalse();
  }
}
