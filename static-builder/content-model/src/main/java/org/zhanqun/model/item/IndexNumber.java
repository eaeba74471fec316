package org.zhanqun.model.item;

import java.util.regex.Pattern;
import org.zhanqun.model.Parsed;

/**
 * 索引号: the disclosure index number of a government document, unique in the cluster (the language
 * versions of one document share it). The national format is the publishing organisation's code
 * (its 18-character unified social credit code, or an older 9- to 15-character organisation code),
 * an optional topic-class segment, a '/', the year and a serial: {@code
 * 11220100MB1234567X/2024-00012}, {@code 013275466/2023-00008}, {@code
 * 11220100MB1234567X/01/2024-00012}. Lower-case letters are refused, not upper-cased: the number is
 * printed on the document as it is.
 */
public record IndexNumber(String value) {

  private static final Pattern SHAPE =
      Pattern.compile("[0-9A-Z]{9,18}(/[0-9A-Z]{1,10})?/(19|20)[0-9]{2}-[0-9]{3,8}");

  /**
   * @throws IllegalArgumentException with {@link #parse}'s reason when {@code value} is not a 索引号
   */
  public IndexNumber {
    if (value == null || !SHAPE.matcher(value).matches()) {
      throw new IllegalArgumentException(reason(String.valueOf(value)));
    }
  }

  /** The 索引号 {@code text} gives (surrounding spaces dropped), or why it is not one. */
  public static Parsed<IndexNumber> parse(String text) {
    String stripped = text == null ? null : text.strip();
    return stripped != null && SHAPE.matcher(stripped).matches()
        ? Parsed.of(new IndexNumber(stripped))
        : Parsed.refused(reason(stripped));
  }

  private static String reason(String text) {
    String hint =
        text != null && text.chars().anyMatch(Character::isLowerCase)
            ? " (lower-case letters are refused, not upper-cased)"
            : "";
    return "'"
        + (text == null ? "" : text)
        + "' is not a 索引号 such as 11220100MB1234567X/2024-00012"
        + " (organisation code, optional /class, /year-serial)"
        + hint;
  }

  /** The year the number was given in. */
  public int year() {
    int slash = value.lastIndexOf('/');
    return Integer.parseInt(value.substring(slash + 1, slash + 5));
  }

  @Override
  public String toString() {
    return value;
  }
}
