package org.zhanqun.cms.launcher;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A setting of {@code zhanqun run}: its command-line option, its configuration key (the server's
 * MicroProfile Config key where the server has one) and its built-in default.
 */
enum ConfigKey {
  HTTP_PORT("--port", "zhanqun.http.port", "8080"),
  BIND_ADDRESS("--bind-address", "zhanqun.http.bind-address", "127.0.0.1"),
  WORK_DIR("--work-dir", "zhanqun.work.dir", ".zhanqun"),
  DB_URL("--db-url", "zhanqun.db.url", null),
  DB_USER("--db-user", "zhanqun.db.user", null),
  DB_PASSWORD("--db-password", "zhanqun.db.password", null),
  DB_PORT("--db-port", "zhanqun.db.port", "3307");

  private final String option;
  private final String property;
  private final String builtInDefault;

  ConfigKey(String option, String property, String builtInDefault) {
    this.option = option;
    this.property = property;
    this.builtInDefault = builtInDefault;
  }

  /** The setting of {@code option} (its longest name), if it is one. */
  static Optional<ConfigKey> forOption(String option) {
    return Arrays.stream(values()).filter(key -> key.option.equals(option)).findFirst();
  }

  /** The setting of the configuration key {@code property}, if it is one. */
  static Optional<ConfigKey> forProperty(String property) {
    return Arrays.stream(values()).filter(key -> key.property.equals(property)).findFirst();
  }

  /** The command-line option, e.g. {@code --port}. */
  String option() {
    return option;
  }

  /** The system property and configuration key, e.g. {@code zhanqun.http.port}. */
  String property() {
    return property;
  }

  /**
   * The environment variable, named as MicroProfile Config maps it to {@link #property()}: upper
   * case, every other character than a letter or digit replaced by {@code _}, e.g. {@code
   * ZHANQUN_HTTP_PORT}.
   */
  String environmentVariable() {
    return property.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
  }

  /** The value when nothing is configured; empty when the setting is then absent. */
  Optional<String> builtInDefault() {
    return Optional.ofNullable(builtInDefault);
  }
}
