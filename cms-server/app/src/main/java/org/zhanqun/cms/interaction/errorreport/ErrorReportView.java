package org.zhanqun.cms.interaction.errorreport;

import java.time.Instant;
import java.util.List;

/**
 * A report as handlers see it.
 *
 * @param site the site responsible now
 * @param status {@code open} or {@code answered}
 * @param contact the reporter's phone or e-mail: only for editors of the responsible site, else
 *     null (also when none was given)
 * @param steps every step, oldest first
 */
public record ErrorReportView(
    long id,
    String number,
    String site,
    String url,
    String description,
    String contact,
    Instant receivedAt,
    String status,
    String answer,
    Instant answeredAt,
    String answeredBy,
    List<Step> steps) {

  /**
   * One step.
   *
   * @param action {@code received}, {@code forwarded} or {@code answered}
   * @param actor who ({@code public} for the report itself)
   * @param fromSite for a forward, the site it left; else null
   * @param toSite the site it went to (received: the site the URL belongs to); null when answered
   * @param note the reason of a forward, the answer; else null
   */
  public record Step(
      String action, String actor, Instant at, String fromSite, String toSite, String note) {}
}
