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

/**
 * Starts one Solr node in a JVM of its own for the whole test run, on the port Maven reserved
 * ({@code it.solr.port}), from the Solr node module's jar and libraries ({@code it.solr.nodeDir}),
 * with an empty solr home ({@code it.solr.home}) each run. It is launched without waiting, so it
 * boots while MariaDB and Payara Micro start; each test waits for it before it runs. Kept in the
 * root store, so JUnit stops it after the last test class. A test method may take the running
 * {@link SolrNode} as a parameter, e.g. to stop and restart it.
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
              .startInBackground();
      ready = false;
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
