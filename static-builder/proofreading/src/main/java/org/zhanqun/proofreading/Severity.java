package org.zhanqun.proofreading;

import java.util.Arrays;
import java.util.List;
import org.zhanqun.model.Parsed;

/** How much a finding weighs: {@code block} stops publication, {@code warn} only tells. */
public enum Severity {
  BLOCK("block"),
  WARN("warn");

  private final String code;

  Severity(String code) {
    this.code = code;
  }

  /** The code in dictionaries, reports and the API. */
  public String code() {
    return code;
  }

  public static List<String> codes() {
    return Arrays.stream(values()).map(Severity::code).toList();
  }

  public static Parsed<Severity> parse(String code) {
    for (Severity severity : values()) {
      if (severity.code.equals(code)) {
        return Parsed.of(severity);
      }
    }
    return Parsed.refused("is not a severity: use one of " + String.join(", ", codes()));
  }
}
