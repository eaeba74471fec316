package org.zhanqun.cms.testing;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.zhanqun.embedded.EmbeddedSolr;
import org.zhanqun.embedded.SolrCredentials;

/**
 * Starts one Solr node in a JVM of its own for the whole test run, on the port Maven reserved
 * ({@code it.solr.port}), from the Solr node module's jar and libraries ({@code it.solr.nodeDir}),
 * with an empty solr home ({@code it.solr.home}) each run, requiring the credentials {@code
 * it.solr.user} / {@code it.solr.password} that the server under test is given. It is launched
 * without waiting, so it boots while MariaDB and Payara Micro start; each test waits for it before
 * it runs. Kept in the root store, so JUnit stops it after the last test class. A test method may
 * take the running {@link SolrNode} as a parameter, e.g. to stop and restart it.
 */
public class EmbeddedSolrExtension
    implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {

  private static final Logger LOG = Logger.getLogger(EmbeddedSolrExtension.class.getName());
  private static final Namespace NAMESPACE = Namespace.create(EmbeddedSolrExtension.class);
  private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

  /** Launches the node (once per run) without waiting, so MariaDB and Payara start meanwhile. */
  @Override
  public void beforeAll(ExtensionContext context) {
    node(context);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    node(context).awaitReady();
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == SolrNode.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return node(context);
  }

  private static SolrNode node(ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(SolrNode.class, key -> SolrNode.launch(), SolrNode.class);
  }

  /** The Solr node of this test run; closed by JUnit when the run ends. */
  public static final class SolrNode implements ExtensionContext.Store.CloseableResource {

    private final Path nodeDir;
    private final Path home;
    private final int port;
    private EmbeddedSolr solr;
    private boolean ready;

    private SolrNode(Path nodeDir, Path home, int port) {
      this.nodeDir = nodeDir;
      this.home = home;
      this.port = port;
    }

    static SolrNode launch() {
      Path home = Path.of(TestEnvironment.requiredProperty("it.solr.home"));
      TestEnvironment.deleteRecursively(home, "the Solr home");
      SolrNode node =
          new SolrNode(
              Path.of(TestEnvironment.requiredProperty("it.solr.nodeDir")),
              home,
              Integer.parseInt(TestEnvironment.requiredProperty("it.solr.port")));
      node.startInBackground();
      return node;
    }

    private void startInBackground() {
      solr =
          new EmbeddedSolr(
                  nodeDir,
                  home,
                  port,
                  home.resolveSibling("solr.log"),
                  List.of("-Xmx384m", "-XX:TieredStopAtLevel=1"))
              .withCredentials(credentials())
              .startInBackground();
      ready = false;
    }

    /** What the node requires, as the server under test is configured ({@code it.solr.*}). */
    public static SolrCredentials credentials() {
      return new SolrCredentials(
          TestEnvironment.requiredProperty("it.solr.user"),
          TestEnvironment.requiredProperty("it.solr.password"));
    }

    /** The node's base URL, e.g. {@code http://127.0.0.1:8983/solr}. */
    public String baseUrl() {
      return "http://127.0.0.1:" + port + "/solr";
    }

    synchronized void awaitReady() {
      if (ready) {
        return;
      }
      long started = System.nanoTime();
      try {
        solr.awaitReady(READY_TIMEOUT);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for Solr", e);
      }
      ready = true;
      LOG.info(
          () ->
              "Solr node on 127.0.0.1:"
                  + port
                  + " ready (waited "
                  + (System.nanoTime() - started) / 1_000_000
                  + " ms)");
    }

    /** Stops the node (its data is kept): Solr is down until {@link #restart}. */
    public synchronized void stop() {
      solr.stop();
      ready = false;
    }

    /**
     * Freezes the node's process (SIGSTOP): it still accepts connections, as its kernel does, but
     * answers nothing, as a hung Solr. {@link #thaw} resumes it.
     */
    public synchronized void freeze() {
      signal("STOP");
    }

    /** Resumes a frozen node (SIGCONT): the requests it accepted meanwhile are answered. */
    public synchronized void thaw() {
      signal("CONT");
    }

    private void signal(String name) {
      try {
        Process kill =
            new ProcessBuilder("kill", "-" + name, Long.toString(solr.pid())).inheritIO().start();
        if (kill.waitFor() != 0) {
          throw new IllegalStateException("kill -" + name + " failed for the Solr node");
        }
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }

    /** Starts the node again on the same port and home, and waits until it answers. */
    public synchronized void restart() {
      solr.stop();
      startInBackground();
      awaitReady();
    }

    @Override
    public void close() {
      solr.stop();
    }
  }
}
