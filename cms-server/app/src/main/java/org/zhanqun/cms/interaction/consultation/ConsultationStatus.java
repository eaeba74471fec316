package org.zhanqun.cms.interaction.consultation;

import java.time.LocalDate;

/** Where a consultation stands on a given day; derived from its dates, never stored. */
public enum ConsultationStatus {
  /** Before its first day: it may still be edited; no opinions yet. */
  UPCOMING,
  /** From its first to its last day, both included: opinions are taken. */
  OPEN,
  /** After its last day: no more opinions; the result may be published. */
  CLOSED;

  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  static ConsultationStatus on(LocalDate today, LocalDate opens, LocalDate closes) {
    if (today.isBefore(opens)) {
      return UPCOMING;
    }
    return today.isAfter(closes) ? CLOSED : OPEN;
  }
}
