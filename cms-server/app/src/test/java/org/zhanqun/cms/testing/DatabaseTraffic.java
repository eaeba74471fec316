package org.zhanqun.cms.testing;

import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How many bytes the test run's MariaDB has sent to its clients (its global {@code Bytes_sent}):
 * what a request made the server read, measured from outside, so that a test can show that a
 * request did not read a body or a file it had no need of.
 */
public final class DatabaseTraffic {

  private static final Duration QUARTER_SECOND = Duration.ofMillis(250);

  private DatabaseTraffic() {}

  /** The bytes MariaDB has sent to all its clients since it started. */
  public static long bytesSent() {
    String url =
        "jdbc:mariadb://127.0.0.1:" + TestEnvironment.requiredProperty("it.mariadb.port") + "/";
    try (Connection connection = DriverManager.getConnection(url, "root", "");
        Statement statement = connection.createStatement();
        ResultSet status = statement.executeQuery("SHOW GLOBAL STATUS LIKE 'Bytes_sent'")) {
      if (!status.next()) {
        throw new IllegalStateException("MariaDB shows no Bytes_sent");
      }
      return status.getLong(2);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read MariaDB's traffic at " + url, e);
    }
  }

  /**
   * Waits until the server's background work (publication, indexing) has stopped reading: until
   * MariaDB sends less than {@code quietBytes} in a quarter of a second. Fails after a minute.
   */
  public static void awaitQuiet(long quietBytes) {
    AtomicLong before = new AtomicLong(bytesSent());
    // each look measures what MariaDB sent since the last, a quarter of a second before
    await("MariaDB sending less than " + quietBytes + " bytes in 250 ms")
        .atMost(Duration.ofMinutes(1))
        .pollDelay(QUARTER_SECOND)
        .pollInterval(QUARTER_SECOND)
        .until(
            () -> {
              long after = bytesSent();
              return after - before.getAndSet(after) < quietBytes;
            });
  }
}
