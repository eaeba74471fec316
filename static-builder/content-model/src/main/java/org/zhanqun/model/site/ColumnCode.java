package org.zhanqun.model.site;

import java.util.regex.Pattern;
import org.zhanqun.model.Parsed;

/**
 * A column's (栏目) code: its folder in the site's content and its URL segment, unique in its site. 1
 * to 64 lower-case letters, digits or '-', starting with a letter; {@code files} names the folder
 * of a column's files and is refused.
 */
public record ColumnCode(String value) {

  /** The shape, for Bean Validation's {@code @Pattern} where a door declares it. */
  public static final String PATTERN = "[a-z][a-z0-9-]{0,63}";

  /** The folder of a column's downloadable files, which no column may be called. */
  public static final String FILES_FOLDER = "files";

  /** The shape in words; also the message of the doors' {@code @Pattern}. */
  public static final String DESCRIPTION =
      "1 to 64 lower-case letters, digits or '-', starting with a letter";

  private static final Pattern SHAPE = Pattern.compile(PATTERN);

  /**
   * @throws IllegalArgumentException with {@link #parse}'s reason when {@code value} is not one
   */
  public ColumnCode {
    String reason = refusal(value);
    if (reason != null) {
      throw new IllegalArgumentException(reason);
    }
  }

  /** The column code {@code text} is, or why it is not one. */
  public static Parsed<ColumnCode> parse(String text) {
    String reason = refusal(text);
    return reason == null ? Parsed.of(new ColumnCode(text)) : Parsed.refused(reason);
  }

  private static String refusal(String text) {
    if (text == null || !SHAPE.matcher(text).matches()) {
      return "'" + (text == null ? "" : text) + "' is not a column code: " + DESCRIPTION;
    }
    if (text.equals(FILES_FOLDER)) {
      return "'files' names the folder of a column's files; choose another code";
    }
    return null;
  }

  @Override
  public String toString() {
    return value;
  }
}
