package org.zhanqun.cms.launcher.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatabaseUrlTest {

  @ParameterizedTest
  @ValueSource(
      strings = {"jdbc:mariadb://db.example:3306/zhanqun", "jdbc:mysql://127.0.0.1/zhanqun"})
  void acceptsMariaDbAndMySqlUrls(String url) {
    assertThat(new DatabaseUrl(url).value()).isEqualTo(url);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"jdbc:postgresql://db/zhanqun", "mariadb://db/zhanqun", "jdbc:mariadb:", ""})
  void rejectsOtherUrlsAndNamesTheValue(String url) {
    assertThatThrownBy(() -> new DatabaseUrl(url))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("'" + url + "' is not a MariaDB JDBC URL");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "jdbc:mariadb://db:3306/zhanqun|jdbc:mariadb://db:3306/zhanqun",
        "jdbc:mariadb://db/zhanqun?user=cms&password=s3cret|jdbc:mariadb://db/zhanqun?user=cms&password=****",
        "jdbc:mariadb://db/zhanqun?Password=s3cret&useSsl=true|jdbc:mariadb://db/zhanqun?Password=****&useSsl=true",
        "jdbc:mysql://cms:s3cret@db:3306/zhanqun|jdbc:mysql://cms:****@db:3306/zhanqun",
        "jdbc:mariadb://db/zhanqun?pwd=s3cret|jdbc:mariadb://db/zhanqun?pwd=****"
      })
  void masksPasswordsWhenPrinted(String url, String masked) {
    DatabaseUrl databaseUrl = new DatabaseUrl(url);

    assertThat(databaseUrl.masked()).isEqualTo(masked);
    assertThat(databaseUrl).hasToString(masked);
  }
}
