package org.zhanqun.cms.launcher;

import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.zhanqun.cms.launcher.SearchAdminClient.CallFailedException;
import org.zhanqun.cms.launcher.SearchAdminClient.IndexStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code zhanqun reindex}: rebuilds a running server's search index from its database. Checks that
 * Solr answers, queues every live item ({@code POST /api/v1/search/reindex}), then follows {@code
 * GET /api/v1/search/status} until the queue is drained.
 */
@Command(
    name = "reindex",
    mixinStandardHelpOptions = true,
    versionProvider = LauncherVersion.class,
    description = {
      "Rebuilds the search index of a running Zhanqun server from its database and waits until"
          + " every live item is indexed.",
      "Logs in as an administrator: with the embedded defaults of 'zhanqun run' the demo"
          + " account admin exists and is used."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every live item was indexed",
      "1:Solr does not answer (within 10 s), or the queue was not drained in time",
      "2:invalid options",
      "3:no Zhanqun server answers at --url",
      "4:the server refused the credentials (or the user is no administrator)"
    })
public final class ReindexCommand implements Callable<Integer> {

  static final int SEARCH_FAILED = 1;
  static final int UNREACHABLE = 3;
  static final int DENIED = 4;

  /** How long the command waits for Solr to answer before it queues anything. */
  private static final Duration SOLR_START_GRACE = Duration.ofSeconds(10);

  /** How long Solr may stay unreachable while the queue drains before the command gives up. */
  private static final Duration SOLR_OUTAGE_LIMIT = Duration.ofSeconds(30);

  @Spec CommandSpec spec;

  @Option(
      names = "--url",
      paramLabel = "URL",
      defaultValue = "http://localhost:${env:ZHANQUN_HTTP_PORT:-8080}/",
      description = "The server's root URL (default: ${DEFAULT-VALUE}).")
  String url;

  @Option(
      names = "--user",
      paramLabel = "NAME",
      defaultValue = "admin",
      description = "An administrator's user name (default: ${DEFAULT-VALUE}).")
  String user;

  @Option(
      names = "--password",
      paramLabel = "PASSWORD",
      defaultValue = "${env:ZHANQUN_ADMIN_PASSWORD:-admin-demo-2026}",
      showDefaultValue = picocli.CommandLine.Help.Visibility.NEVER,
      description =
          "The administrator's password (default: environment variable ZHANQUN_ADMIN_PASSWORD,"
              + " else the demo password of the embedded mode).")
  String password;

  @Option(
      names = "--clear",
      description = "Empty the index first: search finds nothing until the queue is drained.")
  boolean clear;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "600",
      description = "Give up waiting for the queue after this long (default: ${DEFAULT-VALUE}).")
  int timeoutSeconds;

  @Option(
      names = "--poll-millis",
      hidden = true,
      defaultValue = "1000",
      description = "How often the status is read.")
  long pollMillis;

  @Override
  public Integer call() {
    URI server = parseUrl(url);
    if (timeoutSeconds < 1) {
      throw new ParameterException(spec.commandLine(), "--timeout must be at least 1 second");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    SearchAdminClient client = new SearchAdminClient(server);
    try {
      client.logIn(user, password);
      IndexStatus before = awaitSolr(client);
      if (!before.reachable()) {
        err.println("Solr does not answer, so nothing was queued: " + before.reason());
        return SEARCH_FAILED;
      }
      long started = System.nanoTime();
      long queued = client.reindex(clear);
      out.printf(
          "Queued %d live items for indexing%s at %s%n",
          queued, clear ? " (index emptied first)" : "", server);
      out.flush();
      return awaitDrained(client, queued, started, out, err);
    } catch (CallFailedException e) {
      err.println("zhanqun reindex: " + e.getMessage());
      return switch (e.kind()) {
        case UNREACHABLE -> UNREACHABLE;
        case DENIED -> DENIED;
        case FAILED -> SEARCH_FAILED;
      };
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      err.println("zhanqun reindex: interrupted; the server goes on indexing the queue");
      return SEARCH_FAILED;
    }
  }

  /**
   * The index status once Solr answers, or after {@link #SOLR_START_GRACE}: right after the server
   * starts, its Solr node may still be booting or the index not yet created.
   */
  private IndexStatus awaitSolr(SearchAdminClient client)
      throws CallFailedException, InterruptedException {
    long deadline = System.nanoTime() + SOLR_START_GRACE.toNanos();
    IndexStatus status = client.status();
    while (!status.reachable() && System.nanoTime() < deadline) {
      Thread.sleep(pollMillis);
      status = client.status();
    }
    return status;
  }

  /** Prints the queue as it shrinks; returns 0 once it is empty. */
  private int awaitDrained(
      SearchAdminClient client, long queued, long started, PrintWriter out, PrintWriter err)
      throws CallFailedException, InterruptedException {
    long deadline = started + Duration.ofSeconds(timeoutSeconds).toNanos();
    long lastPending = -1;
    long unreachableSince = 0;
    while (true) {
      IndexStatus status = client.status();
      if (!status.reachable()) {
        if (unreachableSince == 0) {
          unreachableSince = System.nanoTime();
          err.println("Solr stopped answering: " + status.reason());
        } else if (System.nanoTime() - unreachableSince > SOLR_OUTAGE_LIMIT.toNanos()) {
          err.printf(
              "Solr has not answered for %d s; %d items wait in the queue and will be indexed"
                  + " when it is back.%n",
              SOLR_OUTAGE_LIMIT.toSeconds(), status.pending());
          return SEARCH_FAILED;
        }
      } else {
        unreachableSince = 0;
        if (status.pending() == 0) {
          // The last batch becomes searchable with Solr's next soft commit (every second).
          Thread.sleep(Math.min(1500, pollMillis * 2));
          out.printf(
              "Done in %.1f s: %d items indexed; the index holds %d documents.%n",
              (System.nanoTime() - started) / 1e9, queued, client.status().documents());
          return 0;
        }
        if (status.pending() != lastPending) {
          out.printf(
              "  %d of %d indexed, %d pending%n",
              Math.max(0, queued - status.pending()), queued, status.pending());
          out.flush();
          lastPending = status.pending();
        }
      }
      if (System.nanoTime() > deadline) {
        err.printf(
            "The queue was not drained within %d s (%d pending); the server goes on indexing.%n",
            timeoutSeconds, status.pending());
        return SEARCH_FAILED;
      }
      Thread.sleep(pollMillis);
    }
  }

  private URI parseUrl(String text) {
    try {
      URI uri = new URI(text.endsWith("/") ? text : text + "/");
      if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
          || uri.getHost() == null) {
        throw new URISyntaxException(text, "not an absolute http(s) URL");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new ParameterException(spec.commandLine(), "--url '" + text + "': " + e.getReason());
    }
  }
}
