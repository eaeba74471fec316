package org.zhanqun.audit.link;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLException;

/**
 * Fetches external URLs for one check: each URL once, at most {@code maxConcurrentRequests}
 * requests in flight and at most {@code maxRequestsPerHost} to one host, redirects followed by hand
 * so that the chain is known. HEAD first; GET when the server refuses HEAD.
 */
final class ExternalFetcher {

  private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
  // statuses that settle a link whatever the method: a server that refuses HEAD answers 405, 501,
  // 403, 400, … but not "gone"
  private static final Set<Integer> DEFINITE_ON_HEAD = Set.of(404, 410);

  private final LinkCheckOptions options;
  private final Map<String, Semaphore> hostPermits = new ConcurrentHashMap<>();

  ExternalFetcher(LinkCheckOptions options) {
    this.options = options;
  }

  /**
   * Fetches every URL (without fragment) and returns each one's outcome. Closes its threads before
   * it returns.
   */
  Map<URI, FetchOutcome> fetchAll(Collection<URI> urls) throws InterruptedException {
    // one queue per host, drained by at most maxRequestsPerHost workers, so that a host with many
    // links does not hold every thread waiting for its permits
    Map<String, Queue<URI>> byHost = new TreeMap<>();
    for (URI url : urls) {
      byHost.computeIfAbsent(hostKey(url), h -> new ConcurrentLinkedQueue<>()).add(url);
    }
    Map<URI, FetchOutcome> outcomes = new ConcurrentHashMap<>();
    ExecutorService workers =
        Executors.newFixedThreadPool(options.maxConcurrentRequests(), threads("link-check"));
    // the client's own tasks need threads the blocked workers do not hold
    ExecutorService clientThreads = Executors.newCachedThreadPool(threads("link-check-http"));
    try {
      HttpClient client =
          HttpClient.newBuilder()
              .connectTimeout(options.connectTimeout())
              .followRedirects(HttpClient.Redirect.NEVER)
              .executor(clientThreads)
              .build();
      List<Future<?>> running = new ArrayList<>();
      for (Queue<URI> queue : byHost.values()) {
        int count = Math.min(options.maxRequestsPerHost(), queue.size());
        for (int i = 0; i < count; i++) {
          running.add(
              workers.submit(
                  () -> {
                    for (URI url = queue.poll(); url != null; url = queue.poll()) {
                      outcomes.put(url, fetch(client, url));
                    }
                    return null;
                  }));
        }
      }
      for (Future<?> future : running) {
        try {
          future.get();
        } catch (ExecutionException e) {
          throw new IllegalStateException("fetching external links failed", e.getCause());
        }
      }
      return outcomes;
    } finally {
      workers.shutdownNow();
      clientThreads.shutdownNow();
    }
  }

  private FetchOutcome fetch(HttpClient client, URI url) throws InterruptedException {
    FetchOutcome head = follow(client, url, "HEAD");
    boolean refused =
        head.failure()
            .map(
                f ->
                    (f.problem() == LinkProblem.HTTP_ERROR
                            && !DEFINITE_ON_HEAD.contains(f.status().orElse(0)))
                        || (f.problem() == LinkProblem.CONNECTION_FAILED
                            && f.detail().startsWith("connection failed")))
            .orElse(false);
    return refused ? follow(client, url, "GET") : head;
  }

  /** Requests {@code url} and the URLs it redirects to, up to the limit. */
  private FetchOutcome follow(HttpClient client, URI url, String method)
      throws InterruptedException {
    List<URI> chain = new ArrayList<>();
    Set<URI> seen = new HashSet<>(Set.of(url));
    URI current = url;
    while (true) {
      Answer answer;
      try {
        answer = request(client, current, method);
      } catch (IOException | IllegalArgumentException e) {
        return FetchOutcome.broken(failure(e, chain));
      }
      int status = answer.status();
      if (REDIRECTS.contains(status) && answer.location().isPresent()) {
        URI next;
        try {
          next = UrlText.withoutFragment(UrlText.resolve(current, answer.location().get()));
        } catch (URISyntaxException | IllegalArgumentException e) {
          return broken(
              LinkProblem.INVALID_URL,
              status,
              "redirect to an invalid URL: " + answer.location().get(),
              chain);
        }
        chain.add(next);
        String scheme = next.getScheme() == null ? "" : next.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
          return broken(LinkProblem.INVALID_URL, status, "redirect to a non-HTTP URL", chain);
        }
        if (!seen.add(next)) {
          return broken(LinkProblem.REDIRECT_LOOP, status, "redirect loop", chain);
        }
        if (chain.size() > options.maxRedirects()) {
          return broken(
              LinkProblem.TOO_MANY_REDIRECTS,
              status,
              "too many redirects (more than " + options.maxRedirects() + ")",
              chain);
        }
        current = next;
      } else if (status >= 200 && status < 300) {
        return FetchOutcome.ok(chain);
      } else if (REDIRECTS.contains(status)) {
        return broken(LinkProblem.HTTP_ERROR, status, status + " redirect without Location", chain);
      } else {
        return broken(LinkProblem.HTTP_ERROR, status, HttpStatusText.of(status), chain);
      }
    }
  }

  private record Answer(int status, Optional<String> location) {}

  private Answer request(HttpClient client, URI url, String method)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(url)
            .method(method, HttpRequest.BodyPublishers.noBody())
            .timeout(options.requestTimeout())
            .header("User-Agent", options.userAgent())
            .header("Accept", "*/*")
            .build();
    Semaphore permits =
        hostPermits.computeIfAbsent(
            hostKey(url), h -> new Semaphore(options.maxRequestsPerHost(), true));
    // held per request, never across two, so that cross-host redirects cannot deadlock
    permits.acquire();
    try {
      // the body is not needed: closing the stream right away drops it (and a large attachment)
      HttpResponse<InputStream> response =
          client.send(request, HttpResponse.BodyHandlers.ofInputStream());
      response.body().close();
      return new Answer(response.statusCode(), response.headers().firstValue("Location"));
    } finally {
      permits.release();
    }
  }

  private LinkFailure failure(Exception e, List<URI> chain) {
    if (e instanceof HttpConnectTimeoutException) {
      return new LinkFailure(
          LinkProblem.TIMEOUT,
          OptionalInt.empty(),
          "connect timeout after " + UrlText.duration(options.connectTimeout()),
          chain);
    }
    if (e instanceof HttpTimeoutException) {
      return new LinkFailure(
          LinkProblem.TIMEOUT,
          OptionalInt.empty(),
          "timeout after " + UrlText.duration(options.requestTimeout()),
          chain);
    }
    if (e instanceof IllegalArgumentException) {
      return new LinkFailure(
          LinkProblem.INVALID_URL,
          OptionalInt.empty(),
          "not a fetchable URL: " + e.getMessage(),
          chain);
    }
    Throwable cause = rootCause(e);
    String detail;
    if (e instanceof ConnectException || cause instanceof ConnectException) {
      detail = "connection refused";
    } else if (cause instanceof UnknownHostException
        || cause instanceof UnresolvedAddressException) {
      detail = "unknown host";
    } else if (cause instanceof SSLException) {
      detail = "TLS failure: " + cause.getMessage();
    } else {
      detail =
          "connection failed: "
              + (cause.getMessage() == null
                  ? cause.getClass().getSimpleName()
                  : cause.getMessage());
    }
    return new LinkFailure(LinkProblem.CONNECTION_FAILED, OptionalInt.empty(), detail, chain);
  }

  private static LinkFailure linkFailure(
      LinkProblem problem, int status, String detail, List<URI> chain) {
    return new LinkFailure(problem, OptionalInt.of(status), detail, chain);
  }

  private static FetchOutcome broken(
      LinkProblem problem, int status, String detail, List<URI> chain) {
    return FetchOutcome.broken(linkFailure(problem, status, detail, chain));
  }

  private static Throwable rootCause(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause;
  }

  /** Host and port: what the per-host limit counts. */
  static String hostKey(URI url) {
    String host = url.getHost() == null ? String.valueOf(url.getRawAuthority()) : url.getHost();
    return host.toLowerCase(Locale.ROOT) + ":" + url.getPort();
  }

  private static ThreadFactory threads(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
