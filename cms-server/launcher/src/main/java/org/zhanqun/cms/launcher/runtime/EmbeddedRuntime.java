package org.zhanqun.cms.launcher.runtime;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.zhanqun.embedded.EmbeddedMariaDb;
import org.zhanqun.embedded.EmbeddedSolr;
import org.zhanqun.embedded.SolrCredentials;

/**
 * The processes that serve Zhanqun on this machine: embedded MariaDB (in embedded mode), a Solr
 * node in a JVM of its own (unless {@code zhanqun.solr.url} / {@code ZHANQUN_SOLR_URL} names an
 * external Solr) and the Payara Micro child process running the content server WAR.
 *
 * <p>Lifecycle: {@link #start} once, then {@link #stop} (idempotent) — also when {@code start}
 * failed, to stop what it had started. {@code stop} may be called from another thread, such as a
 * shutdown hook, while {@code start} or {@link #awaitServerExit} runs: it makes {@code start} give
 * up and {@code awaitServerExit} return. The work folder, and with it the database, is kept.
 */
public final class EmbeddedRuntime {

  /** The database the server's tables live in. */
  static final String DATABASE_NAME = "zhanqun";

  /** How long the server may take from process start to a healthy answer. */
  static final Duration READY_TIMEOUT = Duration.ofSeconds(180);

  static final Duration POLL_INTERVAL = Duration.ofMillis(250);

  /**
   * Payara Micro logs this once its deployments are done, whether they succeeded or not; after that
   * the server has {@link #HEALTHY_AFTER_DEPLOYMENT} to answer its health check.
   */
  static final Pattern PAYARA_READY = Pattern.compile("Payara Micro .* ready in [0-9,.]+ \\(ms\\)");

  static final Duration HEALTHY_AFTER_DEPLOYMENT = Duration.ofSeconds(15);

  /**
   * Payara Micro logs this when its own boot fails; its JVM may then stay up without ever serving.
   * Seen under load as a race inside Payara (a ConcurrentModificationException while its
   * configuration listeners start, payara/Payara#4395), before our WAR is touched: worth one more
   * start.
   */
  static final Pattern PAYARA_BOOT_FAILED = Pattern.compile("Failed to start, exiting");

  /** How long Payara Micro may take to shut down after SIGTERM before it is killed. */
  static final Duration STOP_GRACE = Duration.ofSeconds(20);

  /** How much of a failed server's log to show. */
  static final int LOG_TAIL_LINES = 40;

  private static final Logger LOG = Logger.getLogger(EmbeddedRuntime.class.getName());

  private final RunSettings settings;
  private final Installation installation;
  private final Consumer<String> progress;

  /** The embedded Solr node's port unless {@code zhanqun.solr.port} says otherwise. */
  static final int DEFAULT_SOLR_PORT = 8983;

  static final Duration SOLR_READY_TIMEOUT = Duration.ofSeconds(120);

  private EmbeddedMariaDb database; // guarded by this
  private EmbeddedSolr solr; // guarded by this
  private SolrCredentials solrCredentials; // set with solr
  private ServerProcess server; // guarded by this
  private int embeddedDatabasePort; // guarded by this; the actual port once MariaDB runs
  private volatile boolean stopping;

  /**
   * @param settings what to run
   * @param installation the Payara Micro jar and the WAR; checked by {@link #start}
   * @param progress receives one line for people per step, e.g. "starting embedded MariaDB..."
   */
  public EmbeddedRuntime(
      RunSettings settings, Installation installation, Consumer<String> progress) {
    this.settings = settings;
    this.installation = installation;
    this.progress = progress;
  }

  /** The server log of the Payara Micro child process. */
  public Path serverLog() {
    return settings.logDir().resolve("payara.log");
  }

  /**
   * Starts everything and returns once the server answers its health check with {@code 200}.
   *
   * @throws StartupException when a port is taken, a process fails to start or exits, the server is
   *     not healthy within {@link #READY_TIMEOUT}, or {@link #stop} was called meanwhile
   */
  public ReadyServer start() throws InterruptedException {
    // Order: check the ports, start embedded MariaDB (embedded mode only), start the Payara Micro
    // child with the WAR, wait for /api/v1/health. stop() undoes it in reverse.
    // Order: check the ports, launch the Solr node (unless Solr is external; it boots meanwhile),
    // start embedded MariaDB (embedded mode only), wait for Solr, start the Payara Micro child
    // with the WAR, wait for /api/v1/health. stop() undoes it in reverse.
    installation.requireComplete();
    requireFree(settings.httpPort(), "HTTP port", "--port / ZHANQUN_HTTP_PORT");
    Optional<String> solrUrl = launchEmbeddedSolr();
    DatabaseUrl databaseUrl = settings.externalDatabase().orElseGet(this::startEmbeddedDatabase);
    RunSettings serverSettings = settings;
    if (solrUrl.isPresent()) {
      awaitEmbeddedSolr();
      Map<String, String> properties = new TreeMap<>(settings.serverProperties());
      properties.put("zhanqun.solr.url", solrUrl.get());
      properties.put("zhanqun.solr.user", solrCredentials.user());
      serverSettings =
          new RunSettings(
              settings.httpPort(),
              settings.listenAddress(),
              settings.workDir(),
              settings.externalDatabase(),
              settings.embeddedDatabasePort(),
              settings.databaseUser(),
              settings.databasePassword(),
              properties);
    }
    ServerProcess started = startServer(serverSettings, databaseUrl);
    if (!awaitHealthy(started)) {
      Path failedLog = keepFailedBootLog();
      progress.accept(
          "Payara Micro failed to boot (a race inside Payara; log kept in "
              + failedLog
              + "); starting it once more...");
      stopServer();
      started = startServer(serverSettings, databaseUrl);
      if (!awaitHealthy(started)) {
        throw new StartupException(
            "Payara Micro failed to boot twice (\"Failed to start\" in its log)",
            started.log(),
            started.lastLogLines(LOG_TAIL_LINES),
            null);
      }
    }
    return new ReadyServer(
        settings.apiUri(),
        settings.openApiUri(),
        settings.publicSiteUri(),
        describeDatabase(databaseUrl),
        settings.embeddedMode() ? DemoAccount.ALL : List.of(),
        started.log());
  }

  private synchronized DatabaseUrl startEmbeddedDatabase() {
    requireNotStopping();
    TcpPort port = settings.embeddedDatabasePort();
    if (!port.isAnyFree()) {
      requireFree(port, "MariaDB port", "--db-port / ZHANQUN_DB_PORT, 0 picks a free one");
    }
    progress.accept(
        Files.isDirectory(settings.mariaDbDir())
            ? "starting embedded MariaDB (data in " + settings.mariaDbDir() + ")..."
            : "installing and starting embedded MariaDB in " + settings.mariaDbDir() + "...");
    database = new EmbeddedMariaDb(settings.mariaDbDir(), port.number());
    try {
      database.start(DATABASE_NAME);
    } catch (RuntimeException e) {
      Path log = settings.logDir().resolve("launcher.log");
      Throwable reason = e;
      while (reason.getCause() != null) {
        reason = reason.getCause();
      }
      throw new StartupException(
          e.getMessage() + (reason == e ? "" : ": " + reason.getMessage()), log, List.of(), e);
    }
    embeddedDatabasePort = database.port();
    return new DatabaseUrl(database.jdbcUrl(DATABASE_NAME));
  }

  /**
   * Launches the Solr node in {@code <work>/solr} unless an external Solr is configured, without
   * waiting for it.
   *
   * @return its base URL for the server; empty when Solr is external
   */
  private synchronized Optional<String> launchEmbeddedSolr() {
    requireNotStopping();
    if (settings.serverProperties().containsKey("zhanqun.solr.url")
        || present(System.getenv("ZHANQUN_SOLR_URL"))) {
      return Optional.empty();
    }
    String configuredPort =
        Optional.ofNullable(settings.serverProperties().get("zhanqun.solr.port"))
            .orElse(System.getenv("ZHANQUN_SOLR_PORT"));
    TcpPort port;
    try {
      port =
          present(configuredPort) ? TcpPort.parse(configuredPort) : new TcpPort(DEFAULT_SOLR_PORT);
    } catch (IllegalArgumentException e) {
      throw new StartupException("zhanqun.solr.port / ZHANQUN_SOLR_PORT: " + e.getMessage());
    }
    if (!port.isAnyFree()) {
      requireFree(port, "Solr port", "ZHANQUN_SOLR_PORT, 0 picks a free one");
    }
    Path home = settings.workDir().resolve("solr");
    progress.accept("starting embedded Solr (index in " + home + ", log: " + solrLog() + ")...");
    try {
      // the node answers only with these; kept in the work folder, readable by its owner only
      solrCredentials =
          SolrCredentials.loadOrCreate(settings.workDir().resolve("solr.credentials"));
    } catch (IOException e) {
      throw new StartupException(
          "cannot write the Solr credentials in " + settings.workDir() + ": " + e.getMessage(),
          null,
          List.of(),
          e);
    }
    solr =
        new EmbeddedSolr(
                installation.payaraMicroJar().toAbsolutePath().getParent().resolve("solr-node"),
                home,
                port.number(),
                solrLog(),
                java.util.List.of("-Xmx512m"))
            .withCredentials(solrCredentials);
    try {
      solr.startInBackground();
    } catch (RuntimeException e) {
      throw new StartupException(e.getMessage(), solrLog(), List.of(), e);
    }
    return Optional.of(solr.baseUrl());
  }

  private void awaitEmbeddedSolr() throws InterruptedException {
    EmbeddedSolr node;
    synchronized (this) {
      requireNotStopping();
      node = solr;
    }
    try {
      node.awaitReady(SOLR_READY_TIMEOUT);
    } catch (IllegalStateException e) {
      throw new StartupException(e.getMessage(), solrLog(), List.of(), e);
    }
  }

  /** The embedded Solr node's log. */
  public Path solrLog() {
    return settings.logDir().resolve("solr.log");
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }

  private synchronized ServerProcess startServer(
      RunSettings serverSettings, DatabaseUrl databaseUrl) {
    requireNotStopping();
    PayaraMicroCommand command =
        new PayaraMicroCommand(currentJava(), installation, serverSettings, databaseUrl);
    try {
      // Payara Micro would boot the WAR it kept from the last run before redeploying the new
      // one, so its root folder starts empty each time; it holds nothing worth keeping.
      clearPayaraRoot(command.prebootCommandFile());
      Files.createDirectories(settings.payaraRootDir());
      Files.write(command.prebootCommandFile(), command.prebootCommands(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new StartupException(
          "cannot prepare " + settings.payaraRootDir() + ": " + e.getMessage(), null, List.of(), e);
    }
    progress.accept(
        "starting Payara Micro on port " + settings.httpPort() + " (log: " + serverLog() + ")...");
    Map<String, String> environment = new TreeMap<>(command.environment());
    if (solrCredentials != null) {
      // the embedded node's password, in the environment rather than on the command line
      environment.put("ZHANQUN_SOLR_PASSWORD", solrCredentials.password());
    }
    server = ServerProcess.start("Payara Micro", command.arguments(), environment, serverLog());
    return server;
  }

  /**
   * Deletes the Payara root folder, but only when the launcher made it: the pre-boot command file
   * it writes there marks it.
   */
  private void clearPayaraRoot(Path marker) throws IOException {
    Path root = settings.payaraRootDir();
    if (!Files.exists(root)) {
      return;
    }
    if (!Files.isRegularFile(marker)) {
      throw new StartupException(
          root
              + " exists but was not made by zhanqun (no "
              + marker.getFileName()
              + "); move it away or choose another work folder");
    }
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }

  /**
   * Waits until the server answers its health check.
   *
   * @return true when it does; false when Payara Micro's own boot failed ({@link
   *     #PAYARA_BOOT_FAILED})
   * @throws StartupException for every other failure
   */
  private boolean awaitHealthy(ServerProcess started) throws InterruptedException {
    HealthProbe probe = new HealthProbe(settings.healthProbeUri());
    Instant deadline = Instant.now().plus(READY_TIMEOUT);
    Instant deployedAt = null;
    while (!stopping && started.isAlive()) {
      if (probe.answersOk()) {
        return true;
      }
      if (started.logHasLine(PAYARA_BOOT_FAILED)) {
        return false;
      }
      Instant now = Instant.now();
      if (deployedAt == null && started.logHasLine(PAYARA_READY)) {
        deployedAt = now;
      }
      if (now.isAfter(deadline)
          || deployedAt != null && now.isAfter(deployedAt.plus(HEALTHY_AFTER_DEPLOYMENT))) {
        break;
      }
      Thread.sleep(POLL_INTERVAL.toMillis());
    }
    requireNotStopping();
    String failure;
    if (!started.isAlive()) {
      failure = "Payara Micro exited with code " + started.waitForExit() + " before it was ready";
    } else if (deployedAt != null) {
      failure =
          "Payara Micro is up but GET "
              + settings.healthProbeUri()
              + " does not answer 200: the WAR failed to deploy or cannot reach its database";
    } else {
      failure =
          "the server did not answer GET "
              + settings.healthProbeUri()
              + " with 200 within "
              + READY_TIMEOUT.toSeconds()
              + " s";
    }
    throw new StartupException(failure, started.log(), started.lastLogLines(LOG_TAIL_LINES), null);
  }

  /** Moves the log of a failed boot aside, so that the next start's log does not replace it. */
  private Path keepFailedBootLog() {
    Path failed = serverLog().resolveSibling("payara-failed-boot.log");
    try {
      Files.move(serverLog(), failed, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      LOG.log(Level.WARNING, "cannot keep the log of the failed boot", e);
    }
    return failed;
  }

  private synchronized void stopServer() {
    if (server != null) {
      server.stop(STOP_GRACE);
      server = null;
    }
  }

  /**
   * Blocks until the Payara Micro child process ends.
   *
   * @return its exit code when it ended by itself; empty when {@link #stop} ended it or had already
   *     run
   * @throws IllegalStateException when {@link #start} has not started the server
   */
  public OptionalInt awaitServerExit() throws InterruptedException {
    ServerProcess current;
    synchronized (this) {
      current = server;
    }
    if (current == null) {
      if (stopping) {
        return OptionalInt.empty();
      }
      throw new IllegalStateException("the server has not been started");
    }
    int exitCode = current.waitForExit();
    return stopping ? OptionalInt.empty() : OptionalInt.of(exitCode);
  }

  /** Whether {@link #stop} has been called: an ending server is then expected. */
  public boolean isStopping() {
    return stopping;
  }

  /**
   * Stops the Payara Micro child (SIGTERM, then killed after {@link #STOP_GRACE}) and then embedded
   * MariaDB, keeping all data. Safe to call more than once and from any thread; waits for a step of
   * {@link #start} that is under way to finish first.
   */
  public void stop() {
    stopping = true;
    synchronized (this) {
      if (server != null) {
        progress.accept("stopping Payara Micro (pid " + server.pid() + ")...");
      }
      stopServer();
      if (database != null) {
        progress.accept("stopping embedded MariaDB...");
        try {
          database.stop();
        } catch (RuntimeException e) {
          LOG.log(Level.WARNING, "embedded MariaDB did not stop cleanly", e);
        }
        database = null;
      }
      if (solr != null) {
        if (solr.isAlive()) {
          progress.accept("stopping embedded Solr (pid " + solr.pid() + ")...");
        }
        solr.stop();
        solr = null;
      }
    }
  }

  private synchronized String describeDatabase(DatabaseUrl databaseUrl) {
    if (settings.embeddedMode()) {
      return "embedded MariaDB on port "
          + embeddedDatabasePort
          + ", data in "
          + settings.mariaDbDir();
    }
    return "external "
        + databaseUrl.masked()
        + settings.databaseUser().map(user -> " as " + user).orElse("")
        + settings.databasePassword().map(password -> " (password ****)").orElse("");
  }

  private void requireNotStopping() {
    if (stopping) {
      throw new StartupException("stopped before the server was ready");
    }
  }

  private static void requireFree(TcpPort port, String purpose, String howToChange) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.bind(new InetSocketAddress(port.number()));
    } catch (IOException e) {
      throw new StartupException(
          purpose
              + " "
              + port
              + " is already in use (is Zhanqun already running?); choose another with "
              + howToChange);
    }
  }

  private static Path currentJava() {
    return Path.of(System.getProperty("java.home"), "bin", "java");
  }
}
