package org.zhanqun.cms.launcher.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zhanqun.embedded.EmbeddedMariaDb;

/**
 * Whole content servers on one MariaDB and one output folder: a server killed right after a
 * publication loses nothing, and two publishing instances publish every change exactly once.
 */
class PublishingSystemIT {

  private static final Duration PATIENCE = Duration.ofSeconds(60);

  private static Path work;
  private static Path output;
  private static EmbeddedMariaDb database;
  private static String jdbcUrl;

  @BeforeAll
  static void startDatabase() throws IOException {
    work = Path.of(System.getProperty("system.workDir", "target/system-it")).toAbsolutePath();
    deleteTree(work);
    Files.createDirectories(work);
    output = work.resolve("public");
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    database = new EmbeddedMariaDb(work.resolve("mariadb"), port).start("zhanqun");
    jdbcUrl = database.jdbcUrl("zhanqun");
  }

  @AfterAll
  static void stopDatabase() {
    if (database != null) {
      database.stop();
    }
  }

  @Test
  void aServerKilledRightAfterAPublicationPublishesItOnRestartAndLeavesTheOutputWhole()
      throws Exception {
    String title = "崩溃恢复测试 " + System.nanoTime();
    String slug;
    String queryCode;
    try (ServerInstance first = ServerInstance.start("crash-1", jdbcUrl, work, output, true)) {
      awaitPage(first, "fgw/", "长春市发展和改革委员会");
      String reviewer = reviewerOfFgw(first, "crash.reviewer");
      slug = "crash-" + System.nanoTime();
      long id = createNews(first, reviewer, slug, title);
      String submitted = first.post("items/" + id + "/workflow/submit", reviewer, null);
      first.post(
          "items/" + id + "/workflow/publish",
          reviewer,
          "{\"version\":" + ServerInstance.field(submitted, "version") + "}");
      // a letter answered 201 is committed: a kill -9 right after loses nothing
      String receipt =
          first.post(
              "public/letters",
              null,
              "{\"site\":\"fgw\",\"channel\":\"mailbox\",\"kind\":\"complaint\","
                  + "\"subject\":\"崩溃前的来信\",\"text\":\"请问崩溃后来信还在吗？\","
                  + "\"name\":\"测试\",\"phone\":\"13912345678\",\"publishConsent\":false,"
                  + "\"website\":\"\"}");
      queryCode = ServerInstance.field(receipt, "queryCode");
      first.crash();
    }

    try (ServerInstance second = ServerInstance.start("crash-2", jdbcUrl, work, output, false)) {
      awaitPage(second, "fgw/news/" + slug + ".html", title);
      awaitPage(second, "fgw/news/", title);
      String status =
          second.post("public/letters/status", null, "{\"queryCode\":\"" + queryCode + "\"}");
      assertThat(ServerInstance.field(status, "subject")).isEqualTo("崩溃前的来信");
    }
    assertOutputIsWhole();
  }

  @Test
  void twoPublishingInstancesPublishEveryChangeExactlyOnce() throws Exception {
    try (ServerInstance a = ServerInstance.start("worker-a", jdbcUrl, work, output, true);
        ServerInstance b = ServerInstance.start("worker-b", jdbcUrl, work, output, false)) {
      awaitPage(a, "fgw/", "长春市发展和改革委员会");
      String reviewerA = reviewerOfFgw(a, "worker.reviewer");
      String reviewerB = b.login("worker.reviewer", "worker-review-2026");
      List<Long> ids = new ArrayList<>();
      List<String> slugs = new ArrayList<>();
      for (int n = 0; n < 12; n++) {
        ServerInstance via = n % 2 == 0 ? a : b;
        String token = n % 2 == 0 ? reviewerA : reviewerB;
        String slug = "worker-" + n + "-" + System.nanoTime();
        long id = createNews(via, token, slug, "双实例发布 " + n);
        String submitted = via.post("items/" + id + "/workflow/submit", token, null);
        via.post(
            "items/" + id + "/workflow/publish",
            token,
            "{\"version\":" + ServerInstance.field(submitted, "version") + "}");
        ids.add(id);
        slugs.add(slug);
      }
      for (int n = 0; n < slugs.size(); n++) {
        awaitPage(n % 2 == 0 ? b : a, "fgw/news/" + slugs.get(n) + ".html", "双实例发布 " + n);
      }

      String admin = a.login("admin", ServerInstance.ADMIN_PASSWORD);
      String runs = a.get("publish/runs?size=100", admin);
      for (long id : ids) {
        assertThat(runsPublishing(runs, id)).as("runs that published item " + id).isEqualTo(1);
      }
      assertThat(runs).doesNotContain("\"outcome\":\"failed\"");
      assertThat(runs).contains("\"instance\"");
    }
    assertOutputIsWhole();
  }

  // ---- helpers

  /** A user who edits and reviews fgw, made by the initial administrator; answers a token. */
  private static String reviewerOfFgw(ServerInstance server, String username) throws Exception {
    String admin = server.login("admin", ServerInstance.ADMIN_PASSWORD);
    String password = username.startsWith("worker") ? "worker-review-2026" : "crash-review-2026";
    server.post(
        "users",
        admin,
        "{\"username\":\""
            + username
            + "\",\"password\":\""
            + password
            + "\",\"displayName\":\"测试审核员\",\"administrator\":false,\"evaluator\":false,"
            + "\"sites\":[{\"site\":\"fgw\",\"role\":\"EDITOR\"},{\"site\":\"fgw\",\"role\":\"REVIEWER\"}]}");
    return server.login(username, password);
  }

  private static long createNews(ServerInstance server, String token, String slug, String title)
      throws Exception {
    long column;
    try (JsonReader reader =
        Json.createReader(new StringReader(server.get("sites/fgw/columns", token)))) {
      column =
          reader.readArray().getValuesAs(JsonObject.class).stream()
              .filter(c -> c.getString("code").equals("news"))
              .findFirst()
              .orElseThrow(() -> new AssertionError("fgw has no news column"))
              .getJsonNumber("id")
              .longValue();
    }
    String created =
        server.post(
            "items",
            token,
            "{\"site\":\"fgw\",\"column\":"
                + column
                + ",\"type\":\"news\",\"language\":\"zh-CN\","
                + "\"slug\":\""
                + slug
                + "\",\"title\":\""
                + title
                + "\",\"body\":\"正文。\"}");
    return Long.parseLong(ServerInstance.field(created, "id"));
  }

  private static long runsPublishing(String runsJson, long id) {
    Matcher itemIds = Pattern.compile("\"itemIds\":\\[([0-9,]*)\\]").matcher(runsJson);
    long count = 0;
    while (itemIds.find()) {
      for (String listed : itemIds.group(1).split(",")) {
        if (listed.equals(String.valueOf(id))) {
          count++;
        }
      }
    }
    return count;
  }

  private static void awaitPage(ServerInstance server, String path, String text) {
    await(path + " shows '" + text + "'")
        .atMost(PATIENCE)
        .pollInterval(Duration.ofMillis(100))
        .until(() -> server.page(path).filter(page -> page.contains(text)).isPresent());
  }

  /** Every file the current version's manifest lists exists, and no patch is left half done. */
  private static void assertOutputIsWhole() throws IOException {
    Path versions = output.resolveSibling("." + output.getFileName() + ".versions");
    assertThat(versions.resolve("patch.journal")).doesNotExist();
    assertThat(versions.resolve("patch")).doesNotExist();
    Path current = output.toRealPath();
    Path manifest = versions.resolve(current.getFileName() + ".manifest");
    List<String> missing = new ArrayList<>();
    for (String line : Files.readAllLines(manifest)) {
      String path = line.substring(line.lastIndexOf('\t') + 1);
      if (!Files.isRegularFile(current.resolve(path))) {
        missing.add(path);
      }
    }
    assertThat(missing).isEmpty();
  }

  private static void deleteTree(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
