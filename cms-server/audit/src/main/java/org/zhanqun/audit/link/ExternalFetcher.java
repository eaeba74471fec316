package org.zhanqun.audit.link;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLException;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.api.Request;
import org.eclipse.jetty.client.api.Response;
import org.eclipse.jetty.client.util.InputStreamResponseListener;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.util.HttpCookieStore;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Fetches external URLs for one check: each URL once, at most {@code maxConcurrentRequests}
 * requests in flight and at most {@code maxRequestsPerHost} to one host, redirects followed by hand
 * so that the chain is known and each hop is checked against the {@link TargetPolicy} (scheme,
 * port, every resolved address). HEAD first; GET when the server refuses HEAD.
 */
final class ExternalFetcher {

  private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
  // statuses that settle a link whatever the method: a server that refuses HEAD answers 405, 501,
  // 403, 400, … but not "gone"
  private static final Set<Integer> DEFINITE_ON_HEAD = Set.of(404, 410);

  private final LinkCheckOptions options;
  private final TargetPolicy policy;
  private final Map<String, Semaphore> hostPermits = new ConcurrentHashMap<>();

  ExternalFetcher(LinkCheckOptions options) {
    this.options = options;
    this.policy = new TargetPolicy(options.privateTargets());
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
    HttpClient client = newClient();
    try {
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
      stop(client);
    }
  }

  /**
   * Jetty's client, because it lets the checker resolve host names itself ({@link TargetPolicy}):
   * it connects only to the addresses the policy checked. Redirects are followed by hand, so each
   * hop is checked again; no proxy, no cookies.
   */
  private HttpClient newClient() {
    QueuedThreadPool threads = new QueuedThreadPool(Math.max(8, options.maxConcurrentRequests()));
    threads.setName("link-check-http");
    threads.setDaemon(true);
    HttpClient client = new HttpClient();
    client.setExecutor(threads);
    client.setSocketAddressResolver(policy);
    client.setFollowRedirects(false);
    client.setConnectTimeout(options.connectTimeout().toMillis());
    client.setMaxConnectionsPerDestination(options.maxRequestsPerHost());
    client.setUserAgentField(new HttpField(HttpHeader.USER_AGENT, options.userAgent()));
    client.setCookieStore(new HttpCookieStore.Empty());
    try {
      client.start();
    } catch (Exception e) {
      throw new IllegalStateException("cannot start the HTTP client", e);
    }
    return client;
  }

  private static void stop(HttpClient client) {
    try {
      client.stop();
    } catch (Exception e) {
      // its threads are daemons; nothing more to do
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
    Optional<String> refusal = policy.refusal(url);
    if (refusal.isPresent()) {
      throw new TargetPolicy.NotAllowedException(refusal.get());
    }
    Request request =
        client
            .newRequest(url)
            .method(method)
            .timeout(options.requestTimeout().toMillis(), TimeUnit.MILLISECONDS)
            .headers(h -> h.put(HttpHeader.ACCEPT, "*/*"));
    Semaphore permits =
        hostPermits.computeIfAbsent(
            hostKey(url), h -> new Semaphore(options.maxRequestsPerHost(), true));
    // held per request, never across two, so that cross-host redirects cannot deadlock
    permits.acquire();
    try {
      InputStreamResponseListener listener = new InputStreamResponseListener();
      request.send(listener);
      Response response;
      try {
        // the request's own timeout ends it first; this one only guards against a lost answer
        response =
            listener.get(
                options.requestTimeout().plus(options.connectTimeout()).toMillis() + 1000,
                TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        request.abort(e);
        throw new FetchTimeoutException();
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof TimeoutException) {
          throw new FetchTimeoutException();
        }
        if (cause instanceof IOException io) {
          throw io;
        }
        if (cause instanceof IllegalArgumentException invalid) {
          throw invalid;
        }
        throw new IOException(cause);
      }
      // the body is not needed: closing the stream right away drops it (and a large attachment)
      listener.getInputStream().close();
      return new Answer(
          response.getStatus(),
          Optional.ofNullable(response.getHeaders().get(HttpHeader.LOCATION)));
    } finally {
      permits.release();
    }
  }

  /** No answer within the request timeout. */
  private static final class FetchTimeoutException extends IOException {
    private static final long serialVersionUID = 1L;
  }

  private LinkFailure failure(Exception e, List<URI> chain) {
    if (e instanceof TargetPolicy.NotAllowedException) {
      // the reason only: nothing about what is (or is not) listening there
      return new LinkFailure(LinkProblem.NOT_ALLOWED, OptionalInt.empty(), e.getMessage(), chain);
    }
    Throwable root = rootCause(e);
    if (root instanceof TargetPolicy.NotAllowedException) {
      return new LinkFailure(
          LinkProblem.NOT_ALLOWED, OptionalInt.empty(), root.getMessage(), chain);
    }
    if (root instanceof SocketTimeoutException) {
      return new LinkFailure(
          LinkProblem.TIMEOUT,
          OptionalInt.empty(),
          "connect timeout after " + UrlText.duration(options.connectTimeout()),
          chain);
    }
    if (e instanceof FetchTimeoutException) {
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
