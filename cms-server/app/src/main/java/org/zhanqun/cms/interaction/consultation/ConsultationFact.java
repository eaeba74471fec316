package org.zhanqun.cms.interaction.consultation;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What the audit needs to know of one consultation: whether a closed one has its result.
 *
 * @param resultPublished the day (cluster's time zone) the result was published, if it was
 */
public record ConsultationFact(
    String code,
    String site,
    String title,
    LocalDate closes,
    Optional<LocalDate> resultPublished) {}
