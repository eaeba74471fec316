package org.zhanqun.cms.site;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A content language as a BCP 47 tag of language and optional script and region, in canonical case:
 * {@code zh-CN}, {@code en}, {@code zh-Hant-TW}. Private-use and extension subtags are refused: a
 * government site publishes in plain languages.
 */
public record Language(String tag) {

  private static final Pattern SHAPE =
      Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?");

  public static final Language ZH_CN = new Language("zh-CN");

  public Language {
    String given = tag;
    tag = canonical(given).orElseThrow(() -> new IllegalArgumentException(reason(given)));
  }

  /** The language of {@code tag}, or empty when it is not a tag this platform accepts. */
  public static Optional<Language> parse(String tag) {
    return canonical(tag).map(Language::new);
  }

  /** Why {@code tag} is refused, for an error message. */
  public static String reason(String tag) {
    return "'"
        + tag
        + "' is not a BCP 47 language tag of the form language[-Script][-REGION], e.g. zh-CN, en";
  }

  private static Optional<String> canonical(String tag) {
    if (tag == null || !SHAPE.matcher(tag).matches()) {
      return Optional.empty();
    }
    try {
      Locale locale = new Locale.Builder().setLanguageTag(tag).build();
      return Optional.of(locale.toLanguageTag());
    } catch (IllformedLocaleException e) {
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return tag;
  }
}
