package org.zhanqun.model.site;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A text in several languages (a site's or a column's name), keyed by BCP 47 tag.
 *
 * @param byLanguage never null; sorted by tag so that output built from it is deterministic
 */
public record LocalizedText(Map<String, String> byLanguage) {

  public LocalizedText {
    byLanguage = java.util.Collections.unmodifiableMap(new TreeMap<>(byLanguage));
  }

  public static LocalizedText of(String language, String text) {
    return new LocalizedText(Map.of(language, text));
  }

  /**
   * The text in {@code language}, else in the first of {@code fallbacks} that has one, else any;
   * empty only when there is no text at all.
   */
  public String in(String language, List<String> fallbacks) {
    String text = byLanguage.get(language);
    if (text != null) {
      return text;
    }
    for (String fallback : fallbacks) {
      text = byLanguage.get(fallback);
      if (text != null) {
        return text;
      }
    }
    return byLanguage.values().stream().findFirst().orElse("");
  }

  /** Whether there is a text in exactly {@code language}, without fallback. */
  public boolean has(String language) {
    return byLanguage.containsKey(language);
  }
}
