package org.zhanqun.cms.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The configuration defaults the WAR ships in {@code META-INF/microprofile-config.properties}, read
 * from the same file on the test class path, so that tests of limits follow the shipped values.
 */
public final class ShippedConfig {

  private static final String FILE = "META-INF/microprofile-config.properties";

  private ShippedConfig() {}

  /** The shipped value of {@code key} as a number; fails when it is not shipped. */
  public static long number(String key) {
    Properties properties = new Properties();
    try (InputStream in = ShippedConfig.class.getClassLoader().getResourceAsStream(FILE)) {
      if (in == null) {
        throw new IllegalStateException(FILE + " is not on the test class path");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + FILE, e);
    }
    String value = properties.getProperty(key);
    if (value == null) {
      throw new IllegalStateException(FILE + " ships no " + key);
    }
    return Long.parseLong(value.strip());
  }
}
