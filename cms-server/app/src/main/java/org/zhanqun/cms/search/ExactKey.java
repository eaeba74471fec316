package org.zhanqun.cms.search;

import java.util.Locale;
import java.util.Optional;

/**
 * A 文号 or 索引号 reduced to what people reliably type: letters (upper case), digits and Chinese
 * characters, everything else (brackets of any kind, spaces, hyphens, slashes) dropped. So
 * 京发改〔2026〕12号, 京发改[2026]12号 and 京发改(2026)12号 share one key, as do 11110000000012345X/2026-00012
 * and 11110000000012345x 2026 00012.
 */
final class ExactKey {

  private ExactKey() {}

  /** The key of {@code text}; empty when it has no digit (no identifier is made of words only). */
  static Optional<String> of(String text) {
    if (text == null) {
      return Optional.empty();
    }
    StringBuilder key = new StringBuilder();
    boolean digit = false;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isDigit(c)) {
        digit = true;
        key.appendCodePoint(c);
      } else if (Character.isLetter(c)) {
        key.append(new String(Character.toChars(c)).toUpperCase(Locale.ROOT));
      }
    }
    if (!digit || key.length() < 4 || key.length() > 100) {
      return Optional.empty();
    }
    return Optional.of(key.toString());
  }
}
