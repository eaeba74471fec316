package org.zhanqun.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class EmbeddedMariaDbTest {

  @Test
  void keepsChineseTextBetweenTwoStarts() throws SQLException, IOException {
    Path work = Path.of("target", "embedded-mariadb-test");
    deleteRecursively(work);
    try (EmbeddedMariaDb first = new EmbeddedMariaDb(work, 0).start("zhanqun_test");
        Connection connection = DriverManager.getConnection(first.jdbcUrl("zhanqun_test"));
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE note (text VARCHAR(100))");
      statement.execute("INSERT INTO note VALUES ('政府信息公开')");
    }

    try (EmbeddedMariaDb second = new EmbeddedMariaDb(work, 0).start("zhanqun_test");
        Connection connection = DriverManager.getConnection(second.jdbcUrl("zhanqun_test"));
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT text FROM note")) {
      assertThat(rows.next()).isTrue();
      assertThat(rows.getString(1)).isEqualTo("政府信息公开");
    }
  }

  @Test
  void refusesAWorkFolderInsideTheSystemTemporaryFolder() {
    Path insideTemp = Path.of(System.getProperty("java.io.tmpdir"), "zhanqun-db");
    assertThatThrownBy(() -> new EmbeddedMariaDb(insideTemp, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("zhanqun-db");
  }

  private static void deleteRecursively(Path folder) throws IOException {
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
