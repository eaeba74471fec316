package org.zhanqun.audit.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checker fetches only public addresses on ports 80 and 443, at every redirect, and at most its
 * cap of URLs per run: an editor's link must not make the server reach its own network (the Solr
 * admin on loopback, the cloud metadata service) nor tell what listens there. Only servers on
 * loopback are contacted; the refused targets are refused before any connection.
 */
class ForbiddenTargetsTest {

  private static final URI BASE = URI.create("https://www.example.gov.cn/");
  private static final Duration TIMEOUT = Duration.ofSeconds(2);
  private static final LinkCheckOptions DEFAULTS =
      LinkCheckOptions.defaults().withTimeouts(TIMEOUT, TIMEOUT);

  @TempDir Path folder;
  private LocalHttpServer server;
  private PublishedCluster cluster;

  @BeforeEach
  void startServer() throws IOException {
    server = new LocalHttpServer();
    cluster = new PublishedCluster(folder, BASE, Map.of("", "portal"), Set.of());
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  @Test
  void refusesLoopbackPrivateLinkLocalAndMetadataAddresses() throws Exception {
    page(
        "http://127.0.0.1/",
        "http://localhost/admin",
        "http://10.1.2.3/",
        "http://192.168.0.1/",
        "http://172.16.5.4/",
        "http://100.64.0.1/",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/",
        "http://[fd00:ec2::254]/latest/meta-data/",
        "http://0.0.0.0/");

    LinkReport report = new LinkChecker(DEFAULTS).check(cluster);

    assertThat(report.broken())
        .hasSize(10)
        .allSatisfy(
            b -> {
              assertThat(b.failure().problem()).isEqualTo(LinkProblem.NOT_ALLOWED);
              assertThat(b.failure().detail()).isEqualTo("not checked: address not allowed");
              assertThat(b.failure().status()).isEmpty();
            });
    assertThat(report.summary().brokenExternal()).isEqualTo(10);
  }

  @Test
  void refusesALiveServerOnLoopbackWithoutContactingIt() throws Exception {
    page(server.url("/ok").toString(), "http://localhost:" + server.address().getPort() + "/ok");

    LinkReport report = new LinkChecker(DEFAULTS).check(cluster);

    assertThat(report.broken())
        .extracting(b -> b.failure().problem())
        .containsExactly(LinkProblem.NOT_ALLOWED, LinkProblem.NOT_ALLOWED);
    assertThat(report.broken())
        .extracting(b -> b.failure().detail())
        .allSatisfy(detail -> assertThat(detail).startsWith("not checked: "));
    assertThat(server.totalHits()).isZero();
  }

  @Test
  void refusesPortsOtherThan80And443() throws Exception {
    page("http://127.0.0.1:8983/solr/admin/cores", "http://203.0.113.10:8983/solr/");

    LinkReport report = new LinkChecker(DEFAULTS).check(cluster);

    assertThat(report.broken())
        .extracting(b -> b.failure().problem(), b -> b.failure().detail())
        .containsOnly(
            tuple(LinkProblem.NOT_ALLOWED, "not checked: port not allowed (only 80 and 443)"))
        .hasSize(2);
  }

  @Test
  void refusesARedirectFromAnAllowedHostToALoopbackOne() throws Exception {
    try (LocalHttpServer inside = new LocalHttpServer()) {
      URI target = URI.create("http://localhost:" + inside.address().getPort() + "/ok");
      server.redirectAwayTo(target);
      page(server.url("/away").toString());

      LinkReport report =
          new LinkChecker(DEFAULTS.withPrivateTargetsAllowed(server.address())).check(cluster);

      assertThat(report.broken())
          .extracting(
              b -> b.failure().problem(), b -> b.failure().detail(), b -> b.failure().redirects())
          .containsExactly(
              tuple(
                  LinkProblem.NOT_ALLOWED,
                  "not checked: port not allowed (only 80 and 443)",
                  java.util.List.of(target)));
      assertThat(server.hits("HEAD", "/away")).isEqualTo(1);
      assertThat(inside.totalHits()).isZero();
    }
  }

  @Test
  void refusesARedirectToTheMetadataAddress() throws Exception {
    server.redirectAwayTo(URI.create("http://169.254.169.254/latest/meta-data/"));
    page(server.url("/away").toString());

    LinkReport report =
        new LinkChecker(DEFAULTS.withPrivateTargetsAllowed(server.address())).check(cluster);

    assertThat(report.broken())
        .extracting(b -> b.failure().problem(), b -> b.failure().detail())
        .containsExactly(tuple(LinkProblem.NOT_ALLOWED, "not checked: address not allowed"));
  }

  @Test
  void fetchesAtMostItsCapOfUrlsAndReportsTheRestAsNotChecked() throws Exception {
    page(
        server.url("/ok").toString(),
        server.url("/missing").toString(),
        server.url("/busy/1").toString(),
        server.url("/busy/2").toString());

    LinkReport report =
        new LinkChecker(DEFAULTS.withPrivateTargetsAllowed(server.address()).withMaxUrlsPerRun(2))
            .check(cluster);

    assertThat(report.summary().fetched()).isEqualTo(2);
    assertThat(report.notChecked())
        .extracting(UncheckedLink::reason)
        .containsExactly("not checked: cap reached", "not checked: cap reached");
    assertThat(server.totalHits()).isEqualTo(2);
    assertThat(report.summary().notChecked()).isEqualTo(2);
    assertThat(report.summary().externalChecked()).isEqualTo(2);
  }

  private void page(String... hrefs) throws IOException {
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html><body>\n");
    for (String href : hrefs) {
      html.append("<a href=\"").append(href).append("\">link</a>\n");
    }
    Files.writeString(
        folder.resolve("index.html"), html.append("</body></html>\n"), StandardCharsets.UTF_8);
  }
}
