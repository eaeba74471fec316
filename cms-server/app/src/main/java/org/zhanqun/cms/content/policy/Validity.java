package org.zhanqun.cms.content.policy;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

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

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Validity> fromCode(String code) {
    return Arrays.stream(values()).filter(v -> v.code().equals(code)).findFirst();
  }

  public static String codes() {
    return Arrays.stream(values()).map(Validity::code).collect(Collectors.joining(", "));
  }
}
