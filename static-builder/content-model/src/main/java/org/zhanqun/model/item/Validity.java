package org.zhanqun.model.item;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.zhanqun.model.Parsed;

/** Whether a policy document is in force (有效性). */
public enum Validity {
  /** 有效. */
  VALID,
  /** 已修改. */
  AMENDED,
  /** 已废止. */
  REPEALED,
  /** 已失效. */
  EXPIRED;

  /** The code used in files and the API: {@code valid} ... */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The validity {@code code} names (surrounding spaces dropped), or why it names none. */
  public static Parsed<Validity> parse(String code) {
    String stripped = code == null ? "" : code.strip();
    return Arrays.stream(values())
        .filter(v -> v.code().equals(stripped))
        .findFirst()
        .map(Parsed::of)
        .orElseGet(() -> Parsed.refused("'" + stripped + "' is not one of " + codes()));
  }

  /** Every code, for a message. */
  public static String codes() {
    return Arrays.stream(values()).map(Validity::code).collect(Collectors.joining(", "));
  }
}
