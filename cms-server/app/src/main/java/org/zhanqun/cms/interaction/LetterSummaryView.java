package org.zhanqun.cms.interaction;

import java.time.LocalDate;

/** A letter in the handlers' list: no personal data, no text. */
public record LetterSummaryView(
    long id,
    String number,
    String site,
    String channelSite,
    String channel,
    String kind,
    String subject,
    String status,
    LocalDate received,
    LocalDate due,
    boolean overdue,
    LocalDate replied,
    LocalDate published,
    String rating) {}
