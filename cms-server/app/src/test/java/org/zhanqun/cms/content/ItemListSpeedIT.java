package org.zhanqun.cms.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhanqun.cms.testing.ApiResponseAssert.assertThat;
import static org.zhanqun.cms.testing.JsonBody.object;

import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.zhanqun.cms.testing.ApiClient;
import org.zhanqun.cms.testing.ApiResponse;
import org.zhanqun.cms.testing.DemoUser;
import org.zhanqun.cms.testing.TestDeployment;
import org.zhanqun.cms.testing.Unique;
import org.zhanqun.cms.testing.ZhanqunIT;

/**
 * Item lists over 10,000 items of one site (written straight into the database): MariaDB reads the
 * common lists through an index in their order (no filesort), and a page answers quickly. Prints
 * the plans and the round-trip times it measured.
 */
@ZhanqunIT
class ItemListSpeedIT {

  private static final int ITEMS = 10_000;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TestDeployment.war();
  }

  @ArquillianResource URL base;

  @Test
  void listsOfTenThousandItemsReadAnIndexInOrderAndAnswerQuickly() throws Exception {
    ApiClient admin = ApiClient.anonymous(base).as(DemoUser.ADMIN);
    String site = Unique.siteId();
    assertThat(
            admin.post(
                "sites",
                object(
                    "id",
                    site,
                    "kind",
                    "department",
                    "names",
                    Map.of("zh-CN", "万条测试局"),
                    "department",
                    "万条测试局",
                    "path",
                    site + "/",
                    "theme",
                    "department",
                    "languages",
                    List.of("zh-CN"))))
        .hasStatus(201);
    ApiResponse column =
        admin.post(
            "sites/" + site + "/columns",
            object(
                "code",
                "news",
                "names",
                Map.of("zh-CN", "新闻"),
                "category",
                "dynamic",
                "types",
                List.of("news")));
    assertThat(column).hasStatus(201);
    try (Connection db = database()) {
      seed(db, site, column.id());
      Map<String, String> plans = new LinkedHashMap<>();
      plans.put("site", "");
      plans.put("site+status", " AND status = 'DRAFT'");
      plans.put("site+column", " AND column_id = " + column.id());
      for (Map.Entry<String, String> filter : plans.entrySet()) {
        String plan =
            explain(
                db,
                "SELECT * FROM content_item WHERE site_id = '"
                    + site
                    + "'"
                    + filter.getValue()
                    + " ORDER BY updated_at DESC, id DESC LIMIT 20");
        System.out.println("ItemListSpeedIT: EXPLAIN " + filter.getKey() + ": " + plan);
        assertThat(plan).doesNotContain("filesort");
      }
      String deepIds =
          explain(
              db,
              "SELECT id, updated_at FROM content_item WHERE site_id = '"
                  + site
                  + "' AND status = 'PUBLISHED' ORDER BY updated_at DESC, id DESC"
                  + " LIMIT 3980, 20");
      System.out.println("ItemListSpeedIT: EXPLAIN ids of page 200 by status: " + deepIds);
      assertThat(deepIds).contains("Using index").doesNotContain("filesort");
      for (String filter : List.of("", " AND status = 'DRAFT'")) {
        System.out.println(
            "ItemListSpeedIT: database alone"
                + filter
                + ": page "
                + millis(
                    db,
                    "SELECT * FROM content_item WHERE site_id = '"
                        + site
                        + "'"
                        + filter
                        + " ORDER BY updated_at DESC, id DESC LIMIT 20")
                + ", count "
                + millis(
                    db,
                    "SELECT COUNT(*) FROM content_item WHERE site_id = '" + site + "'" + filter));
      }
      System.out.println(
          "ItemListSpeedIT: EXPLAIN count site+status: "
              + explain(
                  db,
                  "SELECT COUNT(*) FROM content_item WHERE site_id = '"
                      + site
                      + "' AND status = 'DRAFT'"));
    }
    ApiClient reader = ApiClient.anonymous(base).as(DemoUser.EVALUATOR);
    List<Long> baseline = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      long started = System.nanoTime();
      assertThat(reader.get("auth/me")).hasStatus(200);
      baseline.add((System.nanoTime() - started) / 1_000);
    }
    System.out.println(
        "ItemListSpeedIT: baseline GET /auth/me round trip p50 "
            + baseline.stream().sorted().toList().get(25) / 1000.0
            + " ms");
    try (Connection db = database()) {
      for (int size : List.of(5, 100)) {
        long fewest = Long.MAX_VALUE;
        for (int attempt = 0; attempt < 5; attempt++) {
          long before = questions(db);
          assertThat(reader.get("items?site=" + site + "&size=" + size)).hasStatus(200);
          fewest = Math.min(fewest, questions(db) - before - 1);
        }
        // the server's background work adds a few now and then: the fewest of five is the list's
        System.out.println(
            "ItemListSpeedIT: statements the server sent for a page of "
                + size
                + " news items: "
                + fewest);
      }
    }
    for (String query :
        List.of(
            "",
            "&status=draft",
            "&column=" + column.id(),
            "&status=published&page=200",
            "&q=%E7%AC%AC77",
            "&q=harbour&status=draft")) {
      String path = "items?site=" + site + query;
      assertThat(reader.get(path)).hasStatus(200);
      List<Long> millis = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        long started = System.nanoTime();
        assertThat(reader.get(path)).hasStatus(200);
        millis.add((System.nanoTime() - started) / 1_000);
      }
      List<Long> sorted = millis.stream().sorted().toList();
      System.out.printf(
          "ItemListSpeedIT: %s -> total %d; round trip p50 %.1f ms, p99 %.1f ms%n",
          query.isEmpty() ? "(site only)" : query,
          reader.get(path).json().getJsonNumber("total").longValue(),
          sorted.get(sorted.size() / 2) / 1000.0,
          sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1) / 1000.0);
      // the target is 50 ms p99 of server time; the bound here leaves room for a loaded machine
      assertThat(sorted.get(sorted.size() / 2)).isLessThan(500_000);
    }
  }

  private static void seed(Connection db, String site, long column) throws SQLException {
    String[] statuses = {"DRAFT", "IN_REVIEW", "PUBLISHED", "PUBLISHED", "WITHDRAWN"};
    Instant start = Instant.parse("2026-01-01T00:00:00Z");
    try (PreparedStatement insert =
        db.prepareStatement(
            "INSERT INTO content_item (site_id, column_id, type, language, translation_key, slug,"
                + " title, summary, body, status, revision, version, created_at, created_by,"
                + " updated_at, updated_by, content_changed_at)"
                + " VALUES (?, ?, 'NEWS', 'zh-CN', ?, ?, ?, ?, ?, ?, 1, 0, ?, 'seed', ?, 'seed', ?)")) {
      for (int i = 0; i < ITEMS; i++) {
        Timestamp at = Timestamp.from(start.plusSeconds(600L * i));
        insert.setString(1, site);
        insert.setLong(2, column);
        insert.setString(3, "k-" + i);
        insert.setString(4, "item-" + i);
        insert.setString(5, "第" + i + "号 关于营商环境的新闻 Harbour Report " + i);
        insert.setString(6, "摘要：本期第 " + i + " 条。");
        insert.setString(7, "## 标题\n\n" + "正文段落。".repeat(200));
        insert.setString(8, statuses[i % statuses.length]);
        insert.setTimestamp(9, at);
        insert.setTimestamp(10, at);
        insert.setTimestamp(11, at);
        insert.addBatch();
        if (i % 500 == 499) {
          insert.executeBatch();
        }
      }
      insert.executeBatch();
    }
    try (PreparedStatement analyze = db.prepareStatement("ANALYZE TABLE content_item")) {
      analyze.execute();
    }
  }

  private static long questions(Connection db) throws SQLException {
    try (PreparedStatement statement = db.prepareStatement("SHOW GLOBAL STATUS LIKE 'Questions'");
        ResultSet rows = statement.executeQuery()) {
      rows.next();
      return rows.getLong(2);
    }
  }

  /** The median time of 20 runs of the query, in ms, as text. */
  private static String millis(Connection db, String sql) throws SQLException {
    List<Long> micros = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      long started = System.nanoTime();
      try (PreparedStatement statement = db.prepareStatement(sql);
          ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          rows.getString(1);
        }
      }
      micros.add((System.nanoTime() - started) / 1_000);
    }
    return micros.stream().sorted().toList().get(10) / 1000.0 + " ms";
  }

  private static String explain(Connection db, String sql) throws SQLException {
    StringBuilder plan = new StringBuilder();
    try (PreparedStatement statement = db.prepareStatement("EXPLAIN " + sql);
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        plan.append("[type=")
            .append(rows.getString("type"))
            .append(", key=")
            .append(rows.getString("key"))
            .append(", rows=")
            .append(rows.getString("rows"))
            .append(", extra=")
            .append(rows.getString("Extra"))
            .append("]");
      }
    }
    return plan.toString();
  }

  private static Connection database() throws SQLException {
    return DriverManager.getConnection(
        "jdbc:mariadb://127.0.0.1:" + System.getProperty("it.mariadb.port") + "/zhanqun",
        "root",
        "");
  }
}
