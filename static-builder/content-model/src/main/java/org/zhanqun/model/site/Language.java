package org.zhanqun.model.site;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhanqun.model.Parsed;

/**
 * A content language as a BCP 47 tag of a language of 2–3 letters, an optional script of 4 letters
 * and an optional region of 2 letters or 3 digits, accepted in any case and kept canonical ({@code
 * zh-cn} → {@code zh-CN}, {@code ZH-HANT-tw} → {@code zh-Hant-TW}). Extensions, private use and
 * underscores are refused: a government site publishes in plain languages.
 */
public record Language(String tag) {

  private static final Pattern SHAPE =
      Pattern.compile("([a-zA-Z]{2,3})(?:-([a-zA-Z]{4}))?(?:-([a-zA-Z]{2}|[0-9]{3}))?");

  public static final Language ZH_CN = new Language("zh-CN");

  /**
   * @throws IllegalArgumentException with {@link #parse}'s reason when {@code tag} is not accepted
   */
  public Language {
    String canonical = canonical(tag);
    if (canonical == null) {
      throw new IllegalArgumentException(reason(tag));
    }
    tag = canonical;
  }

  /** The language {@code tag} names, canonical, or why it is refused. */
  public static Parsed<Language> parse(String tag) {
    return canonical(tag) != null ? Parsed.of(new Language(tag)) : Parsed.refused(reason(tag));
  }

  private static String canonical(String tag) {
    if (tag == null) {
      return null;
    }
    Matcher m = SHAPE.matcher(tag);
    if (!m.matches()) {
      return null;
    }
    StringBuilder canonical = new StringBuilder(m.group(1).toLowerCase(Locale.ROOT));
    if (m.group(2) != null) {
      canonical
          .append('-')
          .append(m.group(2).substring(0, 1).toUpperCase(Locale.ROOT))
          .append(m.group(2).substring(1).toLowerCase(Locale.ROOT));
    }
    if (m.group(3) != null) {
      canonical.append('-').append(m.group(3).toUpperCase(Locale.ROOT));
    }
    return canonical.toString();
  }

  private static String reason(String tag) {
    String written = tag == null ? "" : tag;
    String hint = written.contains("_") ? ": use '-', not '_'" : "";
    return "'"
        + written
        + "' is not a language tag such as zh-CN, en or zh-Hant-TW (language, optional script,"
        + " optional region; no extensions)"
        + hint;
  }

  @Override
  public String toString() {
    return tag;
  }
}
