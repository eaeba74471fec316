package org.zhanqun.cms.interaction;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the citizen reads with the query code: no personal data, no handler's name or internal note.
 * Fields that do not apply yet are left out (null).
 *
 * @param steps the public steps (received, accepted, assigned, rejected, replied, published, rated,
 *     closed) with their times
 */
public record LetterStatusView(
    String number,
    String site,
    String channel,
    String kind,
    String subject,
    LocalDate received,
    LocalDate due,
    String status,
    List<Step> steps,
    String rejectedReason,
    String reply,
    LocalDate replied,
    String replyingSite,
    String rating,
    LocalDate published) {

  /** A step the citizen sees. */
  public record Step(String step, Instant at) {}
}
