package org.zhanqun.builder.i18n;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The UI strings of every language, read from {@code site_<lang>.properties} bundles ({@code zh-CN}
 * → {@code site_zh_CN.properties}). A language without a key, or without a bundle, falls back to
 * the default language. Immutable and thread-safe.
 */
public final class UiStrings {

  private final String defaultLanguage;
  private final Map<String, Map<String, String>> bundles;

  private UiStrings(String defaultLanguage, Map<String, Map<String, String>> bundles) {
    this.defaultLanguage = defaultLanguage;
    this.bundles = bundles;
  }

  /**
   * The bundles of {@code languages} in {@code folder}.
   *
   * @throws IOException when a bundle exists but cannot be read, or the default language's bundle
   *     is missing (without it no fallback exists)
   */
  public static UiStrings load(Path folder, String defaultLanguage, List<String> languages)
      throws IOException {
    Map<String, Map<String, String>> bundles = new HashMap<>();
    for (String language : languages) {
      Path file = folder.resolve(bundleFileName(language));
      if (Files.isRegularFile(file)) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          properties.load(reader);
        }
        Map<String, String> strings = new TreeMap<>();
        properties.forEach((k, v) -> strings.put((String) k, (String) v));
        bundles.put(language, Collections.unmodifiableMap(strings));
      }
    }
    if (!bundles.containsKey(defaultLanguage)) {
      throw new IOException(
          "missing UI strings of the default language: "
              + folder.resolve(bundleFileName(defaultLanguage)));
    }
    return new UiStrings(defaultLanguage, Map.copyOf(bundles));
  }

  /** {@code site_zh_CN.properties} for {@code zh-CN}. */
  public static String bundleFileName(String language) {
    return "site_" + language.replace('-', '_') + ".properties";
  }

  /** The bundle every language falls back to. */
  public String defaultBundleFileName() {
    return bundleFileName(defaultLanguage);
  }

  /** The string {@code key} in {@code language}, else in the default language; empty if neither. */
  public Optional<String> find(String language, String key) {
    String text = bundles.getOrDefault(language, Map.of()).get(key);
    if (text == null) {
      text = bundles.get(defaultLanguage).get(key);
    }
    return Optional.ofNullable(text);
  }

  /**
   * What each language lacks against the default language, as {@code "<lang>: <key>"} lines in
   * order; a language without a bundle is one line.
   */
  public List<String> missingKeys(List<String> languages) {
    List<String> missing = new ArrayList<>();
    for (String language : languages) {
      if (language.equals(defaultLanguage)) {
        continue;
      }
      Map<String, String> bundle = bundles.get(language);
      if (bundle == null) {
        missing.add(
            language + ": no bundle " + bundleFileName(language) + ", all strings fall back");
        continue;
      }
      TreeSet<String> keys = new TreeSet<>(bundles.get(defaultLanguage).keySet());
      keys.removeAll(bundle.keySet());
      keys.forEach(key -> missing.add(language + ": " + key));
    }
    return missing;
  }
}
