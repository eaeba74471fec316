package org.zhanqun.audit.rule;

import java.util.Locale;

/** Whether a rule fails a site outright (单项否决) or takes points off its score (扣分). */
public enum RuleKind {
  VETO,
  DEDUCTION;

  /** {@code veto} or {@code deduction}, as in rules files and reports. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
