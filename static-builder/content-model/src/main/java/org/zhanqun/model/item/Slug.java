package org.zhanqun.model.item;

import java.util.regex.Pattern;
import org.zhanqun.model.Parsed;

/**
 * The last segment of an item's URL and the first part of its file name; also the form of a
 * translation key. Unique per site and language. 1 to 200 lower-case letters, digits or '-',
 * starting with a letter or digit, so that it is the same on every file system and in every URL.
 */
public record Slug(String value) {

  /** The shape, for Bean Validation's {@code @Pattern} where a door declares it. */
  public static final String PATTERN = "[a-z0-9][a-z0-9-]{0,199}";

  private static final Pattern SHAPE = Pattern.compile(PATTERN);

  /**
   * @throws IllegalArgumentException with {@link #parse}'s reason when {@code value} is not a slug
   */
  public Slug {
    if (!isSlug(value)) {
      throw new IllegalArgumentException(reason(value));
    }
  }

  /** The slug {@code text} is, or why it is not one. */
  public static Parsed<Slug> parse(String text) {
    return isSlug(text) ? Parsed.of(new Slug(text)) : Parsed.refused(reason(text));
  }

  private static boolean isSlug(String text) {
    return text != null && SHAPE.matcher(text).matches();
  }

  private static String reason(String text) {
    return "'"
        + (text == null ? "" : text)
        + "' is not a slug: 1 to 200 lower-case letters, digits or '-', starting with a letter or"
        + " digit";
  }

  @Override
  public String toString() {
    return value;
  }
}
