package org.zhanqun.audit.link;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A web server on 127.0.0.1 with the answers external links meet: counts requests per method and
 * path, answers sent per path, and the most requests it had in flight at once (also over several
 * servers sharing one {@link InFlight}).
 *
 * <pre>
 * /ok             200
 * /missing        404
 * /moved          301 → /ok
 * /moved-away     302 → /missing
 * /loop-a         301 → /loop-b → /loop-a
 * /chain/{n}      302 → /chain/{n+1}
 * /slow           sleeps 3 s, then 200
 * /no-head        405 to HEAD, 200 to GET
 * /busy/{n}       sleeps 100 ms, then 200
 * /away           302 → the URL given to {@link #redirectAwayTo}
 * </pre>
 */
final class LocalHttpServer implements AutoCloseable {

  /** Requests in flight, and the most there ever were. */
  static final class InFlight {
    private final AtomicInteger now = new AtomicInteger();
    private final AtomicInteger max = new AtomicInteger();

    void enter() {
      max.accumulateAndGet(now.incrementAndGet(), Math::max);
    }

    void leave() {
      now.decrementAndGet();
    }

    int max() {
      return max.get();
    }
  }

  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> answered = new ConcurrentHashMap<>();
  private final InFlight own = new InFlight();
  private final InFlight shared;
  private volatile String away = "/missing";

  LocalHttpServer() throws IOException {
    this(new InFlight());
  }

  LocalHttpServer(InFlight shared) throws IOException {
    this.shared = shared;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::answer);
    server.setExecutor(threads);
    server.start();
  }

  /** The address and port it listens on, to allow in {@link LinkCheckOptions}. */
  InetSocketAddress address() {
    return new InetSocketAddress(InetAddress.getLoopbackAddress(), server.getAddress().getPort());
  }

  /** Where {@code /away} redirects to. */
  void redirectAwayTo(URI target) {
    away = target.toString();
  }

  URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  /** Requests for {@code path} with {@code method} so far. */
  int hits(String method, String path) {
    AtomicInteger count = hits.get(method + " " + path);
    return count == null ? 0 : count.get();
  }

  /** Answers sent for {@code path} so far, whatever the method. */
  int answered(String path) {
    AtomicInteger count = answered.get(path);
    return count == null ? 0 : count.get();
  }

  int totalHits() {
    return hits.values().stream().mapToInt(AtomicInteger::get).sum();
  }

  int maxInFlight() {
    return own.max();
  }

  private void answer(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod();
    String path = exchange.getRequestURI().getPath();
    hits.computeIfAbsent(method + " " + path, k -> new AtomicInteger()).incrementAndGet();
    Reply reply;
    own.enter();
    shared.enter();
    try {
      reply = reply(method, path);
    } finally {
      // before the answer is sent: once the client has it, it may send the next request, which
      // must not find this one still counted
      own.leave();
      shared.leave();
    }
    try (exchange) {
      send(exchange, reply);
    }
    answered.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
  }

  private record Reply(int status, String location) {}

  private Reply reply(String method, String path) {
    if (path.equals("/ok")) {
      return new Reply(200, null);
    } else if (path.equals("/moved")) {
      return new Reply(301, "/ok");
    } else if (path.equals("/away")) {
      return new Reply(302, away);
    } else if (path.equals("/moved-away")) {
      return new Reply(302, url("/missing").toString());
    } else if (path.equals("/loop-a")) {
      return new Reply(301, "/loop-b");
    } else if (path.equals("/loop-b")) {
      return new Reply(301, "/loop-a");
    } else if (path.startsWith("/chain/")) {
      int n = Integer.parseInt(path.substring("/chain/".length()));
      return new Reply(302, "/chain/" + (n + 1));
    } else if (path.equals("/slow")) {
      pause(3000); // the slowness is what the client's timeout is tested against
      return new Reply(200, null);
    } else if (path.equals("/no-head")) {
      return new Reply(method.equals("HEAD") ? 405 : 200, null);
    } else if (path.startsWith("/busy/")) {
      pause(100); // keeps the request in flight while others arrive, for maxInFlight to count
      return new Reply(200, null);
    }
    return new Reply(404, null); // /missing and everything else
  }

  private static void send(HttpExchange exchange, Reply reply) throws IOException {
    if (reply.location() != null) {
      exchange.getResponseHeaders().add("Location", reply.location());
    }
    boolean body = !exchange.getRequestMethod().equals("HEAD") && reply.status() == 200;
    byte[] page = "<!DOCTYPE html><title>ok</title>".getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(reply.status(), body ? page.length : -1);
    if (body) {
      exchange.getResponseBody().write(page);
    }
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
