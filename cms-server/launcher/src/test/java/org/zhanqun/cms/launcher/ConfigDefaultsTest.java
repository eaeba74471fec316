package org.zhanqun.cms.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigDefaultsTest {

  @ParameterizedTest
  @CsvSource({
    "HTTP_PORT, zhanqun.http.port, ZHANQUN_HTTP_PORT",
    "BIND_ADDRESS, zhanqun.http.bind-address, ZHANQUN_HTTP_BIND_ADDRESS",
    "WORK_DIR, zhanqun.work.dir, ZHANQUN_WORK_DIR",
    "DB_URL, zhanqun.db.url, ZHANQUN_DB_URL",
    "DB_USER, zhanqun.db.user, ZHANQUN_DB_USER",
    "DB_PASSWORD, zhanqun.db.password, ZHANQUN_DB_PASSWORD",
    "DB_PORT, zhanqun.db.port, ZHANQUN_DB_PORT"
  })
  void namesEnvironmentVariablesAsMicroProfileConfigDoes(
      ConfigKey key, String property, String variable) {
    assertThat(key.property()).isEqualTo(property);
    assertThat(key.environmentVariable()).isEqualTo(variable);
  }

  @Test
  void prefersSystemPropertyOverEnvironmentOverBuiltInDefault() {
    ConfigKey key = ConfigKey.HTTP_PORT;

    assertThat(
            new ConfigDefaults(Map.of("zhanqun.http.port", "1"), Map.of("ZHANQUN_HTTP_PORT", "2"))
                .lookUp(key))
        .contains(new ConfigDefaults.Configured("1", "system property zhanqun.http.port"));
    assertThat(new ConfigDefaults(Map.of(), Map.of("ZHANQUN_HTTP_PORT", "2")).lookUp(key))
        .contains(new ConfigDefaults.Configured("2", "environment variable ZHANQUN_HTTP_PORT"));
    assertThat(new ConfigDefaults(Map.of(), Map.of()).lookUp(key))
        .contains(new ConfigDefaults.Configured("8080", "built-in default"));
  }

  @Test
  void treatsBlankValuesAsNotSet() {
    ConfigDefaults defaults =
        new ConfigDefaults(Map.of("zhanqun.db.url", " "), Map.of("ZHANQUN_DB_URL", ""));

    assertThat(defaults.lookUp(ConfigKey.DB_URL)).isEmpty();
  }

  @Test
  void hasNoDefaultForTheDatabaseUrlSoThatNothingConfiguredMeansEmbeddedMode() {
    assertThat(new ConfigDefaults(Map.of(), Map.of()).lookUp(ConfigKey.DB_URL)).isEmpty();
  }

  @Test
  void passesOnTheServerSettingsThatAreNotOptionsOfRun() {
    ConfigDefaults defaults =
        new ConfigDefaults(
            Map.of(
                "zhanqun.token.ttl", "PT1H",
                "zhanqun.http.port", "9000",
                "zhanqun.db.url", "jdbc:mariadb://db/x",
                "user.home", "/root"),
            Map.of("ZHANQUN_UPLOAD_MAX_BYTES", "1"));

    assertThat(defaults.serverProperties())
        .containsExactlyEntriesOf(Map.of("zhanqun.token.ttl", "PT1H"));
  }
}
