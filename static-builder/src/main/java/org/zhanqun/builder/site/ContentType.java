package org.zhanqun.builder.site;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of content item; a column lists the ones it may hold. */
public enum ContentType {
  NEWS,
  POLICY,
  INTERPRETATION,
  GUIDE,
  FORM,
  PAGE;

  /** The code used in files and URLs: {@code news}, {@code policy} ... */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ContentType> ofCode(String code) {
    return Arrays.stream(values()).filter(t -> t.code().equals(code)).findFirst();
  }
}
