package org.zhanqun.cms.interaction.errorreport;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a report stands: waiting for an answer, or answered. */
public enum ErrorReportStatus {
  OPEN,
  ANSWERED;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  static Optional<ErrorReportStatus> ofCode(String code) {
    return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst();
  }
}
