package org.zhanqun.audit.rule;

import java.util.Arrays;
import java.util.Locale;
import org.zhanqun.model.Parsed;

/** Whether a rule fails a site outright (单项否决) or takes points off its score (扣分). */
public enum RuleKind {
  VETO,
  DEDUCTION;

  /** {@code veto} or {@code deduction}, as in rules files and reports. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The kind whose {@link #code()} is {@code code}, or why there is none. */
  public static Parsed<RuleKind> parse(String code) {
    return Arrays.stream(values())
        .filter(kind -> kind.code().equals(code))
        .findFirst()
        .map(Parsed::of)
        .orElseGet(() -> Parsed.refused("expected veto or deduction, found '" + code + "'"));
  }
}
