package org.zhanqun.builder.site;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A column's audit category (docs/content-format.md), which sets its update limit. */
public enum ColumnCategory {
  DYNAMIC,
  NOTICE,
  POLICY,
  INTERPRETATION,
  PERSONNEL,
  PLANNING,
  GUIDE,
  FORMS,
  INTERACTION,
  STATIC,
  SPECIAL;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ColumnCategory> ofCode(String code) {
    return Arrays.stream(values()).filter(c -> c.code().equals(code)).findFirst();
  }
}
