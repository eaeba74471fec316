package org.zhanqun.cms.testing;

import fish.payara.arquillian.container.payara.managed.PayaraMicroContainerConfiguration;
import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.client.protocol.metadata.Servlet;
import org.jboss.shrinkwrap.api.Archive;

/**
 * The Payara Micro managed container, changed so that one deployment serves the whole test run.
 *
 * <p>The original starts a new Payara Micro process for every deployment (10–15 s) and Arquillian
 * deploys once per test class. Here the first deployment starts the process, later deployments of
 * an archive with the same name get the same server, undeploying after a class keeps it running,
 * and stopping the container after the last class ends the process. A deployment of another name is
 * refused: the suite shares one.
 *
 * <p>The HTTP context Payara reports names the machine's network address; it is answered with
 * 127.0.0.1 (same port and paths), so that the tests only ever talk to loopback.
 *
 * <p>Arquillian calls a container from one thread at a time; not thread-safe beyond that.
 */
public class SharedDeploymentContainer extends PayaraMicroDeployableContainer {

  private static final Logger LOG = Logger.getLogger(SharedDeploymentContainer.class.getName());
  private static final String LOOPBACK = "127.0.0.1";

  private Archive<?> deployed;
  private ProtocolMetaData metaData;
  private DeploymentException failure;
  private Path logFile;

  /** Notes the {@code --logToFile} of the extra options, so each run starts a new log. */
  @Override
  public void setup(PayaraMicroContainerConfiguration configuration) {
    super.setup(configuration);
    String options = configuration.getExtraMicroOptions();
    List<String> words = options == null ? List.of() : List.of(options.trim().split("\\s+"));
    int flag = words.indexOf("--logToFile");
    logFile = flag >= 0 && flag + 1 < words.size() ? Path.of(words.get(flag + 1)) : null;
  }

  @Override
  public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
    if (failure != null) {
      throw failure;
    }
    if (deployed == null) {
      deleteOldLogs();
      long started = System.nanoTime();
      ProtocolMetaData reported = super.deploy(archive);
      if (reported.getContexts(HTTPContext.class).stream()
          .allMatch(c -> c.getServlets().isEmpty())) {
        super.undeploy(archive);
        // remembered, so the following test classes fail at once instead of starting again
        failure =
            new DeploymentException(
                "Payara Micro started but did not deploy "
                    + archive.getName()
                    + "; see its log "
                    + (logFile == null ? "(payara.consoleOutput=true)" : logFile + "*"));
        throw failure;
      }
      metaData = onLoopback(reported);
      deployed = archive;
      LOG.info(
          () ->
              archive.getName()
                  + " deployed on Payara Micro in "
                  + (System.nanoTime() - started) / 1_000_000
                  + " ms: "
                  + metaData);
    } else if (!deployed.getName().equals(archive.getName())) {
      throw new DeploymentException(
          "the integration tests share one deployment, "
              + deployed.getName()
              + "; use TestDeployment.war() instead of "
              + archive.getName());
    }
    return metaData;
  }

  /** Keeps the server for the next test class; {@link #stop} ends it. */
  @Override
  public void undeploy(Archive<?> archive) {}

  @Override
  public void stop() throws LifecycleException {
    try {
      if (deployed != null) {
        super.undeploy(deployed);
      }
    } catch (DeploymentException e) {
      throw new LifecycleException("stopping Payara Micro failed", e);
    } finally {
      deployed = null;
      metaData = null;
      super.stop();
    }
  }

  /** Deletes the log files of earlier runs: Payara Micro appends to them. */
  private void deleteOldLogs() {
    if (logFile == null || logFile.getParent() == null || !Files.isDirectory(logFile.getParent())) {
      return;
    }
    String name = logFile.getFileName().toString();
    try (Stream<Path> files = Files.list(logFile.getParent())) {
      for (Path file : files.filter(f -> f.getFileName().toString().startsWith(name)).toList()) {
        Files.delete(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the old Payara Micro log " + logFile, e);
    }
  }

  private static ProtocolMetaData onLoopback(ProtocolMetaData reported) {
    ProtocolMetaData rewritten = new ProtocolMetaData();
    for (Object context : reported.getContexts()) {
      if (context instanceof HTTPContext http) {
        HTTPContext loopback = new HTTPContext(http.getName(), LOOPBACK, http.getPort());
        for (Servlet servlet : http.getServlets()) {
          loopback.add(new Servlet(servlet.getName(), servlet.getContextRoot()));
        }
        rewritten.addContext(loopback);
      } else {
        rewritten.addContext(context);
      }
    }
    return rewritten;
  }
}
