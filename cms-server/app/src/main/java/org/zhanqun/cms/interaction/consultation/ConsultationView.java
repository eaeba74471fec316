package org.zhanqun.cms.interaction.consultation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A consultation as handlers see it.
 *
 * @param status {@code upcoming}, {@code open} or {@code closed} today in the cluster's time zone
 * @param opinions how many opinions were received
 * @param result the published result, or null
 * @param resultPublishedAt when it was published, or null
 * @param resultPublishedBy who published it, or null
 */
public record ConsultationView(
    long id,
    String site,
    String code,
    String title,
    String text,
    LocalDate opens,
    LocalDate closes,
    String status,
    int opinions,
    String result,
    Instant resultPublishedAt,
    String resultPublishedBy,
    String createdBy,
    Instant createdAt,
    String updatedBy,
    Instant updatedAt,
    int version) {

  static ConsultationView of(Consultation c, LocalDate today, int opinions) {
    return new ConsultationView(
        c.id(),
        c.siteId(),
        c.code(),
        c.title(),
        c.text(),
        c.opensOn(),
        c.closesOn(),
        c.statusOn(today).code(),
        opinions,
        c.result().orElse(null),
        c.resultPublishedAt().orElse(null),
        c.resultPublishedBy().orElse(null),
        c.createdBy(),
        c.createdAt(),
        c.updatedBy(),
        c.updatedAt(),
        c.version());
  }
}
