package org.zhanqun.model.site;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The cluster's one portal, or a department's site. */
public enum SiteKind {
  PORTAL,
  DEPARTMENT;

  /** The name used in the API and in content files. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<SiteKind> fromCode(String code) {
    return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst();
  }

  /** Every code, for a message. */
  public static String codes() {
    return Arrays.stream(values()).map(SiteKind::code).collect(Collectors.joining(", "));
  }
}
