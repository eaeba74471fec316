package org.zhanqun.cms.launcher;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.zhanqun.cms.launcher.runtime.DatabaseUrl;
import org.zhanqun.cms.launcher.runtime.EmbeddedRuntime;
import org.zhanqun.cms.launcher.runtime.Installation;
import org.zhanqun.cms.launcher.runtime.LauncherLog;
import org.zhanqun.cms.launcher.runtime.ListenAddress;
import org.zhanqun.cms.launcher.runtime.ReadyServer;
import org.zhanqun.cms.launcher.runtime.RunSettings;
import org.zhanqun.cms.launcher.runtime.StartupException;
import org.zhanqun.cms.launcher.runtime.TcpPort;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code zhanqun run}: starts the content server (and embedded MariaDB when no database is
 * configured), prints where to reach it, and runs until Ctrl-C or until the server ends.
 *
 * <p>Exit codes: 2 for an invalid setting (the message names the option and, when the value did not
 * come from the command line, its source), 1 when the server fails to start or ends by itself, 0
 * after a requested stop.
 */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    versionProvider = LauncherVersion.class,
    description = {
      "Starts the content server on this machine and runs it until Ctrl-C.",
      "Without a database URL it starts an embedded MariaDB in the work folder and creates"
          + " demo accounts; the work folder keeps the data for the next run.",
      "Every option defaults to a system property or environment variable (shown in"
          + " parentheses), then to a built-in value. Other zhanqun.* system properties and"
          + " ZHANQUN_* environment variables reach the server unchanged."
    })
public final class RunCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      description =
          "HTTP port of the server (zhanqun.http.port, ZHANQUN_HTTP_PORT; default:"
              + " ${DEFAULT-VALUE}).")
  String httpPort;

  @Option(
      names = "--bind-address",
      paramLabel = "IP",
      description =
          "Address the HTTP listener binds to; 0.0.0.0 opens the server to the network"
              + " (zhanqun.http.bind-address, ZHANQUN_HTTP_BIND_ADDRESS; default:"
              + " ${DEFAULT-VALUE}).")
  String bindAddress;

  @Option(
      names = "--work-dir",
      paramLabel = "DIR",
      description =
          "Folder for the embedded database (kept between runs), Payara Micro's files and the"
              + " logs (zhanqun.work.dir, ZHANQUN_WORK_DIR; default: ${DEFAULT-VALUE}).")
  String workDir;

  @Option(
      names = "--db-url",
      paramLabel = "JDBC-URL",
      description =
          "External MariaDB, e.g. jdbc:mariadb://db.example:3306/zhanqun; without it an"
              + " embedded MariaDB is started (zhanqun.db.url, ZHANQUN_DB_URL).")
  String databaseUrl;

  @Option(
      names = "--db-user",
      paramLabel = "USER",
      description = "Database user (zhanqun.db.user, ZHANQUN_DB_USER).")
  String databaseUser;

  @Option(
      names = "--db-password",
      paramLabel = "PASSWORD",
      description =
          "Database password; prefer the environment variable, as other users can see command"
              + " lines (zhanqun.db.password, ZHANQUN_DB_PASSWORD).")
  String databasePassword;

  @Option(
      names = "--db-port",
      paramLabel = "PORT",
      description =
          "Port of the embedded MariaDB on 127.0.0.1; 0 picks a free one (zhanqun.db.port,"
              + " ZHANQUN_DB_PORT; default: ${DEFAULT-VALUE}).")
  String embeddedDatabasePort;

  @Override
  public Integer call() throws InterruptedException {
    RunSettings settings = settings();
    PrintWriter out = spec.commandLine().getOut();
    EmbeddedRuntime runtime =
        new EmbeddedRuntime(
            settings,
            Installation.besideLauncher(),
            line -> {
              out.println(line);
              out.flush();
            });
    Runtime.getRuntime().addShutdownHook(new Thread(runtime::stop, "zhanqun-stop"));
    try {
      LauncherLog.writeTo(settings.logDir().resolve("launcher.log"));
      ReadyServer server = runtime.start();
      out.print(ReadyMessage.of(server, sinceJvmStart()));
      out.flush();
      OptionalInt exitCode = runtime.awaitServerExit();
      if (exitCode.isEmpty()) {
        return ExitCode.OK;
      }
      return reportFailure(
          "Payara Micro ended by itself with exit code "
              + exitCode.getAsInt()
              + "; see "
              + runtime.serverLog());
    } catch (StartupException e) {
      if (runtime.isStopping()) {
        return ExitCode.OK;
      }
      e.logTail().forEach(spec.commandLine().getErr()::println);
      return reportFailure(e.getMessage() + e.log().map(log -> "; see " + log).orElse(""));
    } finally {
      runtime.stop();
    }
  }

  private int reportFailure(String message) {
    PrintWriter err = spec.commandLine().getErr();
    err.println("zhanqun run: " + message);
    err.flush();
    return ExitCode.SOFTWARE;
  }

  private static Duration sinceJvmStart() {
    return Duration.ofMillis(
        System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime());
  }

  /**
   * The options as validated settings.
   *
   * @throws ParameterException naming the option, the reason and, for a default, its source
   */
  RunSettings settings() {
    TcpPort port = convert(ConfigKey.HTTP_PORT, httpPort, TcpPort::parse);
    if (port.isAnyFree()) {
      throw invalid(ConfigKey.HTTP_PORT, "0 (any free port) is not possible here; choose 1-65535");
    }
    Optional<DatabaseUrl> externalDatabase =
        present(databaseUrl).map(url -> convert(ConfigKey.DB_URL, url, DatabaseUrl::new));
    Path work = workDir(externalDatabase.isEmpty());
    ConfigDefaults configured =
        spec.defaultValueProvider() instanceof ConfigDefaults defaults
            ? defaults
            : new ConfigDefaults(Map.of(), Map.of());
    Map<String, String> serverProperties = new TreeMap<>(configured.serverProperties());
    publishingDefaults(Path.of("").toAbsolutePath(), work, externalDatabase.isEmpty())
        .forEach(
            (property, value) -> {
              if (!configured.configures(property)) {
                serverProperties.put(property, value);
              }
            });
    ListenAddress listenAddress =
        convert(ConfigKey.BIND_ADDRESS, bindAddress, ListenAddress::parse);
    if (externalDatabase.isEmpty() && !listenAddress.isLoopback()) {
      throw invalid(
          ConfigKey.BIND_ADDRESS,
          listenAddress
              + " would open the server to the network, but without --db-url it runs the embedded"
              + " MariaDB without passwords (skip-grant-tables) and creates the demo accounts,"
              + " whose passwords are published; bind to 127.0.0.1, or give an external database"
              + " with --db-url");
    }
    return new RunSettings(
        port,
        listenAddress,
        work,
        externalDatabase,
        convert(ConfigKey.DB_PORT, embeddedDatabasePort, TcpPort::parse),
        present(databaseUser),
        present(databasePassword),
        serverProperties);
  }

  /**
   * Where the server publishes the static cluster (the work folder's {@code public/}), its exchange
   * folder for imports and exports (the work folder's {@code exchange/}) and the themes and UI
   * strings of the checkout in {@code checkout} (the folder the command runs in); in embedded mode
   * also the demo cluster to import on the first start ({@code content/}, when it exists) and its
   * proofreading dictionary ({@code content/proofreading.yaml}, when it exists), and the key that
   * encrypts the citizens' personal data in letters, kept in the work folder's {@code
   * interaction.key} (the server creates it, readable by its owner only, on the first start).
   * Settings given as {@code zhanqun.*} properties or variables win over these.
   */
  static Map<String, String> publishingDefaults(Path checkout, Path workDir, boolean embeddedMode) {
    Map<String, String> defaults = new TreeMap<>();
    defaults.put("zhanqun.publish.output", workDir.resolve("public").toString());
    defaults.put("zhanqun.exchange.dir", workDir.resolve("exchange").toString());
    defaults.put("zhanqun.publish.templates", checkout.resolve("site-templates").toString());
    defaults.put("zhanqun.publish.i18n", checkout.resolve("i18n").toString());
    Path content = checkout.resolve("content");
    if (embeddedMode && Files.isDirectory(content)) {
      defaults.put("zhanqun.import.on-start", content.toString());
    }
    Path dictionary = content.resolve("proofreading.yaml");
    if (embeddedMode && Files.isRegularFile(dictionary)) {
      defaults.put("zhanqun.proofreading.dictionary", dictionary.toString());
    }
    if (embeddedMode) {
      defaults.put("zhanqun.interaction.key-file", workDir.resolve("interaction.key").toString());
    }
    return defaults;
  }

  private Path workDir(boolean embeddedMode) {
    if (workDir == null || workDir.isBlank()) {
      throw invalid(ConfigKey.WORK_DIR, "a folder is required");
    }
    Path folder = convert(ConfigKey.WORK_DIR, workDir, Path::of).toAbsolutePath().normalize();
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      throw invalid(ConfigKey.WORK_DIR, folder + " is a file, not a folder");
    }
    Path systemTemp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
    if (embeddedMode && folder.startsWith(systemTemp)) {
      throw invalid(
          ConfigKey.WORK_DIR,
          folder
              + " is inside the system temporary folder "
              + systemTemp
              + ", where embedded MariaDB would lose its data; choose another folder");
    }
    return folder;
  }

  private static Optional<String> present(String value) {
    return Optional.ofNullable(value).filter(text -> !text.isBlank());
  }

  private <T> T convert(ConfigKey key, String value, Function<String, T> parser) {
    if (value == null) {
      throw invalid(key, "a value is required");
    }
    try {
      return parser.apply(value);
    } catch (IllegalArgumentException e) {
      throw invalid(key, e.getMessage());
    }
  }

  private ParameterException invalid(ConfigKey key, String reason) {
    String source =
        spec.commandLine().getParseResult().hasMatchedOption(key.option())
            ? ""
            : sourceOfDefault(key).map(where -> " (from " + where + ")").orElse("");
    return new ParameterException(
        spec.commandLine(),
        "Invalid value for option '" + key.option() + "'" + source + ": " + reason);
  }

  private Optional<String> sourceOfDefault(ConfigKey key) {
    return spec.defaultValueProvider() instanceof ConfigDefaults defaults
        ? defaults.lookUp(key).map(ConfigDefaults.Configured::source)
        : Optional.empty();
  }
}
