package org.zhanqun.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A standalone Solr 9 node in a JVM of its own (the {@code zhanqun-solr-node} jar and its {@code
 * lib/} folder), listening on 127.0.0.1, with its solr home — the cores and their indexes — kept in
 * a work folder between runs. The node installs Zhanqun's configset at every start; the content
 * server creates its core through the Core Admin API when it is missing.
 *
 * <p>Lifecycle: {@link #start}, then {@link #stop} (idempotent; SIGTERM, then killed after a grace
 * period); a stopped node may be started again (same port, same data). Not thread-safe, except that
 * {@link #stop} may run from a shutdown hook.
 */
public final class EmbeddedSolr implements AutoCloseable {

  /** The line the node prints once it answers; followed by its base URL. */
  static final String READY = "Zhanqun Solr node ready at ";

  private static final String MAIN_CLASS = "org.zhanqun.solrnode.SolrNodeMain";
  // SolrNodeMain's names; the node's module is not on this one's class path
  private static final String USER_VARIABLE = "ZHANQUN_SOLR_NODE_USER";
  private static final String PASSWORD_VARIABLE = "ZHANQUN_SOLR_NODE_PASSWORD";
  private static final Duration STOP_GRACE = Duration.ofSeconds(20);

  private final Path nodeDir;
  private final Path solrHome;
  private final int requestedPort;
  private final Path log;
  private final List<String> jvmOptions;
  private Optional<SolrCredentials> credentials = Optional.empty();
  private Process process;
  private int port;

  /**
   * @param nodeDir folder holding {@code zhanqun-solr-node.jar} and {@code lib/*.jar}
   * @param solrHome the node's solr home: {@code solr.xml}, configsets, cores and indexes; created
   *     when missing, kept between runs
   * @param port TCP port on 127.0.0.1; 0 picks a free one
   * @param log receives the node's output (replaced at each start)
   * @param jvmOptions options for the node's JVM, e.g. {@code -Xmx512m}
   */
  public EmbeddedSolr(Path nodeDir, Path solrHome, int port, Path log, List<String> jvmOptions) {
    this.nodeDir = nodeDir.toAbsolutePath().normalize();
    this.solrHome = solrHome.toAbsolutePath().normalize();
    this.requestedPort = port;
    this.log = log.toAbsolutePath().normalize();
    this.jvmOptions = List.copyOf(jvmOptions);
  }

  /**
   * Makes the node require these credentials on every request (basic authentication; 401 without):
   * handed to the node in its environment, not on its command line. Takes effect at the next start.
   */
  public EmbeddedSolr withCredentials(SolrCredentials required) {
    this.credentials = Optional.of(required);
    return this;
  }

  /** The credentials the node requires, if any. */
  public Optional<SolrCredentials> credentials() {
    return credentials;
  }

  /**
   * Starts the node without waiting for it: {@link #awaitReady} waits. Lets a caller start other
   * services meanwhile.
   *
   * @throws IllegalStateException when the node's jar is missing or the process cannot start
   */
  public EmbeddedSolr startInBackground() {
    if (process != null && process.isAlive()) {
      throw new IllegalStateException("embedded Solr already running");
    }
    Path jar = nodeDir.resolve("zhanqun-solr-node.jar");
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " is missing: build the module cms-server/solr-node");
    }
    if (port == 0) {
      port = requestedPort == 0 ? freePort() : requestedPort;
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-Dsolr.log.dir=" + log.getParent());
    command.add("-Dsolr.install.dir=" + nodeDir);
    command.add("-cp");
    command.add(jar + java.io.File.pathSeparator + nodeDir.resolve("lib") + "/*");
    command.add(MAIN_CLASS);
    command.add(Integer.toString(port));
    command.add(solrHome.toString());
    try {
      Files.createDirectories(log.getParent());
      Files.createDirectories(solrHome);
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(Redirect.to(log.toFile()));
      builder.environment().remove(USER_VARIABLE);
      builder.environment().remove(PASSWORD_VARIABLE);
      credentials.ifPresent(
          c -> {
            builder.environment().put(USER_VARIABLE, c.user());
            builder.environment().put(PASSWORD_VARIABLE, c.password());
          });
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the Solr node (" + command.get(0) + ")", e);
    }
    return this;
  }

  /**
   * Waits until the node answers, at most {@code timeout}.
   *
   * @throws IllegalStateException when the node exits or is not ready in time (the node is then
   *     stopped); the message names its log
   */
  public EmbeddedSolr awaitReady(Duration timeout) throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (true) {
      if (logText().contains(READY)) {
        return this;
      }
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "the Solr node exited with code " + process.exitValue() + "; see " + log);
      }
      if (Instant.now().isAfter(deadline)) {
        stop();
        throw new IllegalStateException(
            "the Solr node was not ready within " + timeout.toSeconds() + " s; see " + log);
      }
      Thread.sleep(100);
    }
  }

  /** {@link #startInBackground} then {@link #awaitReady}. */
  public EmbeddedSolr start(Duration timeout) throws InterruptedException {
    return startInBackground().awaitReady(timeout);
  }

  /** The port the node listens on, known after the start. */
  public int port() {
    if (process == null) {
      throw new IllegalStateException("embedded Solr not started");
    }
    return port;
  }

  /** The node's base URL, e.g. {@code http://127.0.0.1:8983/solr}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + port() + "/solr";
  }

  /** The operating system's id of the node's process. */
  public long pid() {
    return process.pid();
  }

  /** The file that receives the node's output. */
  public Path log() {
    return log;
  }

  /** Whether the node's process is running. */
  public boolean isAlive() {
    return process != null && process.isAlive();
  }

  /** Stops the node (SIGTERM, killed after 20 s), keeping its data. Safe to call more than once. */
  public synchronized void stop() {
    if (process == null || !process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        process.waitFor();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    stop();
  }

  private String logText() {
    try {
      return new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
    } catch (IOException notYet) {
      return "";
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket()) {
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port on 127.0.0.1", e);
    }
  }
}
