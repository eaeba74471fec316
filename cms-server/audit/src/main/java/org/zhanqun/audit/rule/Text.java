package org.zhanqun.audit.rule;

import java.util.Objects;

/**
 * A text in the two languages the audit reports in: Chinese (zh-CN) for the evaluators and
 * departments, English for everyone else.
 */
public record Text(String zh, String en) {

  public Text {
    Objects.requireNonNull(zh, "zh");
    Objects.requireNonNull(en, "en");
  }
}
