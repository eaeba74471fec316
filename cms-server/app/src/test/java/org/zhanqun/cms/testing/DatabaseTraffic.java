package org.zhanqun.cms.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;

/**
 * How many bytes the test run's MariaDB has sent to its clients (its global {@code Bytes_sent}):
 * what a request made the server read, measured from outside, so that a test can show that a
 * request did not read a body or a file it had no need of.
 */
public final class DatabaseTraffic {

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
    Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
    long before = bytesSent();
    while (true) {
      pause();
      long after = bytesSent();
      if (after - before < quietBytes) {
        return;
      }
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError(
            "MariaDB kept sending (" + (after - before) + " bytes in 250 ms) for a minute");
      }
      before = after;
    }
  }

  private static void pause() {
    try {
      Thread.sleep(250);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for MariaDB to be quiet", e);
    }
  }
}
