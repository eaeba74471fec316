package org.zhanqun.model.site;

import java.util.regex.Pattern;
import org.zhanqun.model.Parsed;

/**
 * 网站标识码: the code the national registry assigns to a government website: a 6-digit administrative
 * division code and a 4-digit serial ({@code 2201000001}), or {@code bm} and 8 digits for a State
 * Council department ({@code bm01000001}).
 */
public record SiteCode(String value) {

  private static final Pattern SHAPE = Pattern.compile("[0-9]{10}|bm[0-9]{8}");

  /**
   * @throws IllegalArgumentException with {@link #parse}'s reason when {@code value} is not one
   */
  public SiteCode {
    if (value == null || !SHAPE.matcher(value).matches()) {
      throw new IllegalArgumentException(reason(value));
    }
  }

  /** The 网站标识码 {@code text} gives (surrounding spaces dropped), or why it is not one. */
  public static Parsed<SiteCode> parse(String text) {
    String stripped = text == null ? null : text.strip();
    return stripped != null && SHAPE.matcher(stripped).matches()
        ? Parsed.of(new SiteCode(stripped))
        : Parsed.refused(reason(stripped));
  }

  private static String reason(String text) {
    return "'"
        + (text == null ? "" : text)
        + "' is not a 网站标识码: 10 digits, or bm and 8 digits for a State Council department";
  }

  @Override
  public String toString() {
    return value;
  }
}
