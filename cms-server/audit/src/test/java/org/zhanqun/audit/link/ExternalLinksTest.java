package org.zhanqun.audit.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * External links, fetched from a web server on 127.0.0.1 ({@link LocalHttpServer}); nothing else on
 * the network is touched.
 */
class ExternalLinksTest {

  private static final URI BASE = URI.create("https://www.example.gov.cn/");
  // generous, so that a busy build machine does not turn a local answer into a timeout; only
  // givesUpOnASlowServerAtTheTimeout waits for one, of 300 ms
  private static final Duration TIMEOUT = Duration.ofSeconds(2);
  private static final LinkCheckOptions FAST =
      LinkCheckOptions.defaults().withTimeouts(TIMEOUT, TIMEOUT).withConcurrency(8, 2);

  /** {@link #FAST}, allowed to fetch from the test server on loopback. */
  private LinkCheckOptions fast() {
    return FAST.withPrivateTargetsAllowed(server.address());
  }

  @TempDir Path folder;
  private LocalHttpServer server;
  private PublishedCluster cluster;

  @BeforeEach
  void startServer() throws IOException {
    server = new LocalHttpServer();
    cluster = new PublishedCluster(folder, BASE, Map.of("", "portal", "fgw/", "fgw"), Set.of("en"));
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  @Test
  void tellsWorkingLinksFromDeadOnes() throws Exception {
    page("index.html", "/ok", "/missing", "/moved", "/moved-away", "/loop-a", "/no-head");

    LinkReport report = new LinkChecker(fast()).check(cluster);

    assertThat(report.broken())
        .extracting(
            b -> b.link().url(),
            b -> b.failure().problem(),
            b -> b.failure().status(),
            b -> b.failure().detail())
        .containsExactlyInAnyOrder(
            tuple(
                server.url("/missing"),
                LinkProblem.HTTP_ERROR,
                OptionalInt.of(404),
                "404 Not Found"),
            tuple(
                server.url("/moved-away"),
                LinkProblem.HTTP_ERROR,
                OptionalInt.of(404),
                "404 Not Found"),
            tuple(
                server.url("/loop-a"),
                LinkProblem.REDIRECT_LOOP,
                OptionalInt.of(301),
                "redirect loop"));
    assertThat(report.broken())
        .allSatisfy(b -> assertThat(b.link().external()).isTrue())
        .allSatisfy(b -> assertThat(b.link().page().homePage()).isTrue());
    LinkCheckSummary summary = report.summary();
    assertThat(summary.externalChecked()).isEqualTo(6);
    assertThat(summary.distinctExternalUrls()).isEqualTo(6);
    assertThat(summary.brokenExternal()).isEqualTo(3);
    assertThat(summary.brokenInternal()).isZero();
  }

  @Test
  void givesUpOnASlowServerAtTheTimeout() throws Exception {
    page("index.html", "/slow");
    Duration shortTimeout = Duration.ofMillis(300);

    LinkReport report =
        new LinkChecker(fast().withTimeouts(shortTimeout, shortTimeout)).check(cluster);

    assertThat(report.broken())
        .extracting(b -> b.failure().problem(), b -> b.failure().detail())
        .containsExactly(tuple(LinkProblem.TIMEOUT, "timeout after 300 ms"));
    // the server answers after 3 s: the check ended before it did, and a HEAD that timed out is
    // not tried again with GET
    assertThat(server.answered("/slow")).isZero();
    assertThat(server.hits("GET", "/slow")).isZero();
  }

  @Test
  void reportsTheRedirectChainAndFinalUrl() throws Exception {
    page("index.html", "/moved", "/moved-away", "/loop-a");

    LinkReport report = new LinkChecker(fast()).check(cluster);

    assertThat(report.redirected())
        .extracting(r -> r.link().url(), RedirectedLink::finalUrl)
        .containsExactly(tuple(server.url("/moved"), server.url("/ok")));
    BrokenLink deadEnd = broken(report, "/moved-away");
    assertThat(deadEnd.failure().redirects()).containsExactly(server.url("/missing"));
    assertThat(deadEnd.failure().finalUrl()).contains(server.url("/missing"));
    BrokenLink loop = broken(report, "/loop-a");
    assertThat(loop.failure().redirects())
        .containsExactly(server.url("/loop-b"), server.url("/loop-a"));
  }

  @Test
  void stopsFollowingRedirectsAtTheLimit() throws Exception {
    page("index.html", "/chain/0");

    LinkReport report = new LinkChecker(fast().withMaxRedirects(3)).check(cluster);

    BrokenLink chain = broken(report, "/chain/0");
    assertThat(chain.failure().problem()).isEqualTo(LinkProblem.TOO_MANY_REDIRECTS);
    assertThat(chain.failure().redirects()).hasSize(4);
    assertThat(server.hits("HEAD", "/chain/3")).isEqualTo(1);
    assertThat(server.hits("HEAD", "/chain/4")).isZero();
  }

  @Test
  void fallsBackToGetWhenHeadIsRefused() throws Exception {
    page("index.html", "/no-head", "/missing");

    LinkReport report = new LinkChecker(fast()).check(cluster);

    assertThat(report.broken())
        .extracting(b -> b.link().url())
        .containsExactly(server.url("/missing"));
    assertThat(server.hits("HEAD", "/no-head")).isEqualTo(1);
    assertThat(server.hits("GET", "/no-head")).isEqualTo(1);
    // a 404 settles the link: no second request
    assertThat(server.hits("GET", "/missing")).isZero();
  }

  @Test
  void fetchesAUrlLinkedFromManyPagesOnce() throws Exception {
    page("index.html", "/ok", "/missing");
    page("news/a.html", "/ok", "/missing");
    page("fgw/index.html", "/ok#top", "/missing");

    LinkReport report = new LinkChecker(fast()).check(cluster);

    assertThat(server.hits("HEAD", "/ok")).isEqualTo(1);
    assertThat(server.hits("HEAD", "/missing")).isEqualTo(1);
    assertThat(report.summary().externalChecked()).isEqualTo(6);
    assertThat(report.summary().distinctExternalUrls()).isEqualTo(2);
    assertThat(report.summary().fetched()).isEqualTo(2);
    // every occurrence counts for the audit, each on its own page
    assertThat(report.broken())
        .extracting(
            b -> b.link().page().path(),
            b -> b.link().page().siteId(),
            b -> b.link().page().homePage())
        .containsExactly(
            tuple("fgw/index.html", Optional.of("fgw"), true),
            tuple("index.html", Optional.of("portal"), true),
            tuple("news/a.html", Optional.of("portal"), false));
  }

  @Test
  void keepsToThePerHostLimit() throws Exception {
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      paths.add("/busy/" + i);
    }
    page("index.html", paths.toArray(String[]::new));

    LinkReport report = new LinkChecker(fast().withConcurrency(8, 2)).check(cluster);

    assertThat(report.broken()).isEmpty();
    assertThat(server.maxInFlight()).isEqualTo(2);
  }

  @Test
  void keepsToTheTotalLimitOverHosts() throws Exception {
    LocalHttpServer.InFlight overAll = new LocalHttpServer.InFlight();
    try (LocalHttpServer first = new LocalHttpServer(overAll);
        LocalHttpServer second = new LocalHttpServer(overAll);
        LocalHttpServer third = new LocalHttpServer(overAll)) {
      List<String> links = new ArrayList<>();
      for (LocalHttpServer each : List.of(first, second, third)) {
        for (int i = 0; i < 6; i++) {
          links.add(each.url("/busy/" + i).toString());
        }
      }
      page("index.html", links.toArray(String[]::new));

      LinkReport report =
          new LinkChecker(
                  FAST.withConcurrency(3, 2)
                      .withPrivateTargetsAllowed(
                          first.address(), second.address(), third.address()))
              .check(cluster);

      assertThat(report.broken()).isEmpty();
      assertThat(overAll.max()).isBetween(2, 3);
      assertThat(List.of(first, second, third))
          .allSatisfy(each -> assertThat(each.maxInFlight()).isLessThanOrEqualTo(2));
    }
  }

  @Test
  void reportsARefusedConnection() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    Files.createDirectories(folder);
    Files.writeString(
        folder.resolve("index.html"),
        "<a href=\"http://127.0.0.1:" + closedPort + "/\">closed</a>");

    LinkReport report =
        new LinkChecker(
                FAST.withPrivateTargetsAllowed(
                    new InetSocketAddress(InetAddress.getLoopbackAddress(), closedPort)))
            .check(cluster);

    assertThat(report.broken())
        .extracting(b -> b.failure().problem(), b -> b.failure().detail())
        .containsExactly(tuple(LinkProblem.CONNECTION_FAILED, "connection refused"));
  }

  @Test
  void reusesResultsFromTheCacheFileWithinItsTimeToLive() throws Exception {
    page("index.html", "/ok", "/missing", "/moved");
    Path cacheFile = folder.getParent().resolve(folder.getFileName() + "-cache/links.tsv");
    LinkChecker checker = new LinkChecker(fast().withCacheFile(cacheFile, Duration.ofHours(1)));

    LinkReport first = checker.check(cluster);
    int hits = server.totalHits();
    LinkReport second = checker.check(cluster);

    assertThat(server.totalHits()).isEqualTo(hits);
    assertThat(second.summary().fetched()).isZero();
    assertThat(second.broken()).isEqualTo(first.broken());
    assertThat(second.redirected()).isEqualTo(first.redirected());
    assertThat(Files.readAllLines(cacheFile)).hasSize(4); // a header and three URLs
  }

  @Test
  void fetchesAgainWhenTheCacheFileIsOlderThanItsTimeToLive() throws Exception {
    page("index.html", "/ok");
    Path cacheFile = folder.getParent().resolve(folder.getFileName() + "-cache/links.tsv");
    LinkChecker checker = new LinkChecker(fast().withCacheFile(cacheFile, Duration.ofHours(1)));
    checker.check(cluster);

    ageCacheFile(cacheFile, Duration.ofHours(2));
    LinkReport second = checker.check(cluster);

    assertThat(second.summary().fetched()).isEqualTo(1);
    assertThat(server.hits("HEAD", "/ok")).isEqualTo(2);
  }

  @Test
  void givesTheSameResultToChecksRunAtOnce() throws Exception {
    page("index.html", "/ok", "/missing", "/moved", "/loop-a", "/no-head");
    page("news/a.html", "/ok", "/missing");
    LinkChecker checker = new LinkChecker(fast());
    ExecutorService callers = Executors.newFixedThreadPool(4);
    try {
      List<Future<LinkReport>> reports = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        reports.add(callers.submit(() -> checker.check(cluster)));
      }
      LinkReport first = reports.get(0).get();
      for (Future<LinkReport> other : reports) {
        assertThat(other.get().broken()).isEqualTo(first.broken());
        assertThat(other.get().redirected()).isEqualTo(first.redirected());
      }
      assertThat(first.broken()).hasSize(3);
    } finally {
      callers.shutdownNow();
    }
  }

  private BrokenLink broken(LinkReport report, String path) {
    return report.broken().stream()
        .filter(b -> b.link().url().equals(server.url(path)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("not reported broken: " + path));
  }

  /** A page linking to each of {@code paths} on the test server (or to a full URL). */
  private void page(String path, String... paths) throws IOException {
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html><body>\n");
    for (String target : paths) {
      String href = target.startsWith("http") ? target : server.url(target).toString();
      html.append("<a href=\"").append(href).append("\">link</a>\n");
    }
    Path file = folder.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, html.append("</body></html>\n"), StandardCharsets.UTF_8);
  }

  /** Moves the check time of every result in the cache file {@code age} into the past. */
  private static void ageCacheFile(Path cacheFile, Duration age) throws IOException {
    List<String> aged = new ArrayList<>();
    for (String line : Files.readAllLines(cacheFile)) {
      if (line.startsWith("#")) {
        aged.add(line);
        continue;
      }
      String[] fields = line.split("\t", -1);
      fields[1] = Long.toString(Long.parseLong(fields[1]) - age.toMillis());
      aged.add(String.join("\t", fields));
    }
    Files.write(cacheFile, aged);
  }
}
