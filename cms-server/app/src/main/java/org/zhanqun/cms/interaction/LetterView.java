package org.zhanqun.cms.interaction;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A letter as its handlers see it. {@code contact} is present only for the handlers of the
 * responsible site (and absent after the retention purge); null fields are left out.
 */
public record LetterView(
    long id,
    String number,
    String site,
    String channelSite,
    String channel,
    String kind,
    String subject,
    String text,
    boolean publishConsent,
    Contact contact,
    String status,
    LocalDate received,
    LocalDate due,
    boolean overdue,
    String draftReply,
    String reply,
    LocalDate replied,
    String replyingSite,
    Integer workingDaysToReply,
    Boolean onTime,
    String publishedSubject,
    String publishedQuestion,
    String publishedReply,
    LocalDate published,
    String rating,
    String ratingComment,
    String rejectedReason,
    Instant purged,
    List<Step> steps,
    int version) {

  /** The citizen's contact data, decrypted. */
  public record Contact(String name, String phone, String email, String address) {}

  /** A recorded step: who, for which site, when, and its note. */
  public record Step(String step, String actor, String site, String note, Instant at) {}
}
