package org.zhanqun.cms.content.policy;

import java.util.regex.Pattern;

/**
 * 索引号: the disclosure index number of a government document, unique in the cluster. The national
 * format is the publishing organisation's code (its 18-character unified social credit code, or an
 * older 9- to 15-character organisation code), a '/', the year and a serial, with an optional
 * topic-class segment: {@code 11220100MB1234567X/2024-00012}, {@code 013275466/2023-00008}, {@code
 * 11220100MB1234567X/01/2024-00012}.
 */
public record IndexNumber(String value) {

  private static final Pattern SHAPE =
      Pattern.compile("[0-9A-Z]{9,18}(/[0-9A-Z]{1,10})?/(19|20)[0-9]{2}-[0-9]{3,8}");

  public IndexNumber {
    if (!isValid(value)) {
      throw new IllegalArgumentException(reason(value));
    }
  }

  public static boolean isValid(String value) {
    return value != null && SHAPE.matcher(value).matches();
  }

  public static String reason(String value) {
    return "'"
        + value
        + "' is not a 索引号: organisation code, '/', year and serial, e.g."
        + " 11220100MB1234567X/2024-00012";
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
