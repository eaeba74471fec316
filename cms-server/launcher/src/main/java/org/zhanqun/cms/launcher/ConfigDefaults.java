package org.zhanqun.cms.launcher;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Defaults for the options of {@link ConfigKey}, looked up in this order: system property ({@code
 * zhanqun.http.port}), environment variable ({@code ZHANQUN_HTTP_PORT}), built-in default. An
 * option on the command line overrides them all. A blank value counts as not set, as in
 * MicroProfile Config. Immutable.
 */
final class ConfigDefaults implements IDefaultValueProvider {

  /** A configured value and where it came from, e.g. "environment variable ZHANQUN_HTTP_PORT". */
  record Configured(String value, String source) {}

  private final Map<String, String> systemProperties;
  private final Map<String, String> environment;

  ConfigDefaults(Map<String, String> systemProperties, Map<String, String> environment) {
    this.systemProperties = Map.copyOf(systemProperties);
    this.environment = Map.copyOf(environment);
  }

  /** The defaults of the running JVM: its system properties and environment. */
  static ConfigDefaults ofThisProcess() {
    Map<String, String> properties = new HashMap<>();
    System.getProperties().stringPropertyNames().stream()
        .filter(name -> name.startsWith("zhanqun."))
        .forEach(name -> properties.put(name, System.getProperty(name)));
    return new ConfigDefaults(properties, System.getenv());
  }

  /**
   * The {@code zhanqun.*} system properties that are not options of {@code run}: settings of the
   * server itself, such as {@code zhanqun.token.ttl}, for the launcher to pass on.
   */
  Map<String, String> serverProperties() {
    Map<String, String> properties = new TreeMap<>();
    systemProperties.forEach(
        (name, value) -> {
          if (name.startsWith("zhanqun.") && ConfigKey.forProperty(name).isEmpty()) {
            properties.put(name, value);
          }
        });
    return properties;
  }

  /**
   * Whether the server setting {@code property} is configured for this process, as a system
   * property or as its environment variable (which the server reads itself, as MicroProfile Config
   * maps it): a launcher default must then not replace it.
   */
  boolean configures(String property) {
    String variable = property.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    return systemProperties.containsKey(property) || environment.containsKey(variable);
  }

  @Override
  public String defaultValue(ArgSpec argument) {
    if (argument instanceof OptionSpec option) {
      return ConfigKey.forOption(option.longestName())
          .flatMap(this::lookUp)
          .map(Configured::value)
          .orElse(null);
    }
    return null;
  }

  /** The value {@code key} defaults to and its source; empty when it has none. */
  Optional<Configured> lookUp(ConfigKey key) {
    String property = systemProperties.get(key.property());
    if (property != null && !property.isBlank()) {
      return Optional.of(new Configured(property, "system property " + key.property()));
    }
    String variable = environment.get(key.environmentVariable());
    if (variable != null && !variable.isBlank()) {
      return Optional.of(
          new Configured(variable, "environment variable " + key.environmentVariable()));
    }
    return key.builtInDefault().map(value -> new Configured(value, "built-in default"));
  }
}
