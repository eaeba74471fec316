package org.zhanqun.cms.site;

import java.util.regex.Pattern;

/**
 * 网站标识码: the 10-character code the national registry assigns to a government website: a 6-digit
 * administrative division code followed by a 4-digit serial, e.g. {@code 2201000001}.
 */
public record SiteCode(String value) {

  private static final Pattern SHAPE = Pattern.compile("[0-9]{10}|bm[0-9]{8}");

  public SiteCode {
    if (value == null || !SHAPE.matcher(value).matches()) {
      throw new IllegalArgumentException(reason(value));
    }
  }

  public static boolean isValid(String value) {
    return value != null && SHAPE.matcher(value).matches();
  }

  public static String reason(String value) {
    return "'"
        + value
        + "' is not a 网站标识码: 10 digits (division code + serial, e.g. 2201000001) or bm and 8"
        + " digits (a State Council department, e.g. bm01000001)";
  }
}
