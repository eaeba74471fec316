package org.zhanqun.model.site;

import java.util.regex.Pattern;
import org.zhanqun.model.Parsed;

/**
 * A site's id: its folder in {@code content/}, the first part of a reference {@code <site>/<key>}
 * and the key of its permissions. 2 to 32 lower-case letters, digits or '-', starting with a
 * letter.
 */
public record SiteId(String value) {

  /** The shape, for Bean Validation's {@code @Pattern} where a door declares it. */
  public static final String PATTERN = "[a-z][a-z0-9-]{1,31}";

  /** The shape in words; also the message of the doors' {@code @Pattern}. */
  public static final String DESCRIPTION =
      "2 to 32 lower-case letters, digits or '-', starting with a letter";

  private static final Pattern SHAPE = Pattern.compile(PATTERN);

  /**
   * @throws IllegalArgumentException with {@link #parse}'s reason when {@code value} is not one
   */
  public SiteId {
    if (value == null || !SHAPE.matcher(value).matches()) {
      throw new IllegalArgumentException(reason(value));
    }
  }

  /** The site id {@code text} is, or why it is not one. */
  public static Parsed<SiteId> parse(String text) {
    return text != null && SHAPE.matcher(text).matches()
        ? Parsed.of(new SiteId(text))
        : Parsed.refused(reason(text));
  }

  private static String reason(String text) {
    return "'" + (text == null ? "" : text) + "' is not a site id: " + DESCRIPTION;
  }

  @Override
  public String toString() {
    return value;
  }
}
