package org.zhanqun.model.site;

import java.util.regex.Pattern;
import org.zhanqun.model.Parsed;

/**
 * Where a site lies below the cluster's base URL: lower-case segments each ending in '/', e.g.
 * {@code fgw/}; empty for the portal.
 */
public record SitePath(String value) {

  /** The shape, for Bean Validation's {@code @Pattern} where a door declares it. */
  public static final String PATTERN = "([a-z0-9-]+/)*";

  /** The shape in words; also the message of the doors' {@code @Pattern}. */
  public static final String DESCRIPTION =
      "lower-case segments each ending in '/', e.g. fgw/; empty for the portal";

  private static final Pattern SHAPE = Pattern.compile(PATTERN);

  /**
   * @throws IllegalArgumentException with {@link #parse}'s reason when {@code value} is not one
   */
  public SitePath {
    if (value == null || !SHAPE.matcher(value).matches()) {
      throw new IllegalArgumentException(reason(value));
    }
  }

  /** The site path {@code text} is, or why it is not one. */
  public static Parsed<SitePath> parse(String text) {
    return text != null && SHAPE.matcher(text).matches()
        ? Parsed.of(new SitePath(text))
        : Parsed.refused(reason(text));
  }

  private static String reason(String text) {
    return "'" + (text == null ? "" : text) + "' is not a site path: " + DESCRIPTION;
  }

  @Override
  public String toString() {
    return value;
  }
}
