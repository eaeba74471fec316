package org.zhanqun.model.interaction;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A consultation (征集调查) as its page shows it: the text put to the public (e.g. a draft policy,
 * Markdown), the days it takes opinions, how many came, and the result (反馈) once published.
 *
 * @param code unique within the site; the page is {@code consultations/<code>/}
 * @param opens the first day opinions are taken, in the cluster's time zone
 * @param closes the last day opinions are taken
 * @param opinions the opinions received
 * @param result the published result: what was taken up and why; empty until published
 */
public record PublicConsultation(
    String site,
    String code,
    String title,
    String text,
    LocalDate opens,
    LocalDate closes,
    int opinions,
    Optional<String> result,
    Optional<LocalDate> resultPublished) {

  /** Whether opinions are taken on {@code day}. */
  public boolean openOn(LocalDate day) {
    return !day.isBefore(opens) && !day.isAfter(closes);
  }
}
