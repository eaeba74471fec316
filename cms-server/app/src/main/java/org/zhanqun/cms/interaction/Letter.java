package org.zhanqun.cms.interaction;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.zhanqun.model.interaction.LetterKind;
import org.zhanqun.model.interaction.Rating;

/**
 * A letter (信件) from a citizen to a channel, and its handling. Each step is a method that checks
 * the letter's state first and refuses a step out of order ({@link LetterStateException}, 409);
 * rights are the service's. The personal data fields hold only what {@code PersonalDataCipher}
 * sealed, and are emptied by {@link #purgePersonalData}.
 */
@Entity
@Table(name = "letter")
public class Letter {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String number;

  @Column(name = "channel_site", nullable = false)
  private String channelSite;

  @Column(name = "channel_code", nullable = false)
  private String channelCode;

  /** The responsible site: the channel's at first, another after a transfer. */
  @Column(name = "site_id", nullable = false)
  private String siteId;

  @Column(nullable = false)
  private String kind;

  @Column(nullable = false)
  private String subject;

  @Column(nullable = false)
  private String text;

  @Column(name = "publish_consent", nullable = false)
  private boolean publishConsent;

  @Column(name = "name_sealed")
  private String nameSealed;

  @Column(name = "phone_sealed")
  private String phoneSealed;

  @Column(name = "email_sealed")
  private String emailSealed;

  @Column(name = "address_sealed")
  private String addressSealed;

  @Column(name = "query_hash", nullable = false)
  private String queryHash;

  @Column(nullable = false)
  private String status;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  @Column(name = "received_on", nullable = false)
  private LocalDate receivedOn;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  @Column(name = "accepted_at")
  private Instant acceptedAt;

  @Column(name = "replied_at")
  private Instant repliedAt;

  @Column(name = "replied_on")
  private LocalDate repliedOn;

  @Column(name = "published_at")
  private Instant publishedAt;

  @Column(name = "published_on")
  private LocalDate publishedOn;

  @Column(name = "rated_at")
  private Instant ratedAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "rejected_at")
  private Instant rejectedAt;

  @Column(name = "draft_reply")
  private String draftReply;

  private String reply;

  @Column(name = "replying_site")
  private String replyingSite;

  @Column(name = "published_subject")
  private String publishedSubject;

  @Column(name = "published_question")
  private String publishedQuestion;

  @Column(name = "published_reply")
  private String publishedReply;

  private String rating;

  @Column(name = "rating_comment")
  private String ratingComment;

  @Column(name = "reject_reason")
  private String rejectReason;

  @Column(name = "working_days_to_reply")
  private Integer workingDaysToReply;

  @Column(name = "on_time")
  private Boolean onTime;

  @Column(name = "purged_at")
  private Instant purgedAt;

  @Version private int version;

  protected Letter() {}

  /** A new letter as received; its number and query hash are given by the service. */
  Letter(
      String number,
      String channelSite,
      String channelCode,
      LetterKind kind,
      String subject,
      String text,
      boolean publishConsent,
      SealedContact contact,
      String queryHash,
      Instant receivedAt,
      LocalDate receivedOn,
      LocalDate dueOn) {
    this.number = number;
    this.channelSite = channelSite;
    this.channelCode = channelCode;
    this.siteId = channelSite;
    this.kind = kind.code();
    this.subject = subject;
    this.text = text;
    this.publishConsent = publishConsent;
    this.nameSealed = contact.name();
    this.phoneSealed = contact.phone();
    this.emailSealed = contact.email();
    this.addressSealed = contact.address();
    this.queryHash = queryHash;
    this.status = LetterStatus.RECEIVED.code();
    this.receivedAt = receivedAt;
    this.receivedOn = receivedOn;
    this.dueOn = dueOn;
  }

  /** The citizen's contact data, each value sealed by the cipher; null for a value not given. */
  record SealedContact(String name, String phone, String email, String address) {}

  // --- the steps ---------------------------------------------------------------------------

  /** 受理: the responsible site takes the letter as valid. */
  void accept(Instant at) {
    require("accept", LetterStatus.RECEIVED);
    status = LetterStatus.ACCEPTED.code();
    acceptedAt = at;
  }

  /** Rejects the letter as invalid; the citizen reads {@code reason}. */
  void reject(String reason, Instant at) {
    require("reject", LetterStatus.RECEIVED, LetterStatus.ACCEPTED);
    status = LetterStatus.REJECTED.code();
    rejectReason = reason;
    rejectedAt = at;
  }

  /** 分办/转办: another site becomes responsible; a draft reply of the former one is dropped. */
  void assignTo(String site) {
    require("assign", LetterStatus.RECEIVED, LetterStatus.ACCEPTED);
    if (site.equals(siteId)) {
      throw new LetterStateException(number, "assign", "it is already with site " + site);
    }
    siteId = site;
    draftReply = null;
  }

  /** 办理: writes (or rewrites) the draft reply. */
  void draft(String replyText) {
    require("draft", LetterStatus.ACCEPTED);
    draftReply = replyText;
  }

  /** Hands the draft reply to the site's reviewers. */
  void submitForReview() {
    require("submit", LetterStatus.ACCEPTED);
    if (draftReply == null) {
      throw new LetterStateException(number, "submit", "it has no draft reply");
    }
    status = LetterStatus.IN_REVIEW.code();
  }

  /** A reviewer sends the draft back to the handlers. */
  void sendBack() {
    require("send back", LetterStatus.IN_REVIEW);
    status = LetterStatus.ACCEPTED.code();
  }

  /** 答复: the draft becomes the reply the citizen reads. */
  void approve(Instant at, LocalDate on, int workingDays) {
    require("approve", LetterStatus.IN_REVIEW);
    status = LetterStatus.REPLIED.code();
    reply = draftReply;
    replyingSite = siteId;
    repliedAt = at;
    repliedOn = on;
    workingDaysToReply = workingDays;
    onTime = !on.isAfter(dueOn);
  }

  /** 公开: the question and reply, edited free of personal data, go on the channel's page. */
  void publish(
      String newSubject, String question, String publishedAnswer, Instant at, LocalDate on) {
    require("publish", LetterStatus.REPLIED, LetterStatus.CLOSED);
    if (!publishConsent) {
      throw new LetterStateException(number, "publish", "the citizen did not consent to it");
    }
    if (publishedAt != null) {
      throw new LetterStateException(number, "publish", "it is published already");
    }
    publishedSubject = newSubject;
    publishedQuestion = question;
    publishedReply = publishedAnswer;
    publishedAt = at;
    publishedOn = on;
  }

  /** 评价: the citizen rates the reply, once. */
  void rate(Rating given, String comment, Instant at) {
    require("rate", LetterStatus.REPLIED, LetterStatus.CLOSED);
    if (rating != null) {
      throw new LetterStateException(number, "rate", "it is rated already");
    }
    rating = given.code();
    ratingComment = comment;
    ratedAt = at;
  }

  /** 办结. */
  void close(Instant at) {
    require("close", LetterStatus.REPLIED);
    status = LetterStatus.CLOSED.code();
    closedAt = at;
  }

  /** Empties the personal data for good (retention). */
  void purgePersonalData(Instant at) {
    nameSealed = null;
    phoneSealed = null;
    emailSealed = null;
    addressSealed = null;
    purgedAt = at;
  }

  private void require(String step, LetterStatus... allowed) {
    LetterStatus current = status();
    if (!Set.of(allowed).contains(current)) {
      throw new LetterStateException(number, step, "it is " + current.code());
    }
  }

  // --- reading -----------------------------------------------------------------------------

  long id() {
    return id;
  }

  String number() {
    return number;
  }

  String channelSite() {
    return channelSite;
  }

  String channelCode() {
    return channelCode;
  }

  String siteId() {
    return siteId;
  }

  LetterKind kind() {
    return LetterKind.ofCode(kind).orElseThrow();
  }

  String subject() {
    return subject;
  }

  String text() {
    return text;
  }

  boolean publishConsent() {
    return publishConsent;
  }

  SealedContact contact() {
    return new SealedContact(nameSealed, phoneSealed, emailSealed, addressSealed);
  }

  LetterStatus status() {
    return LetterStatus.ofCode(status).orElseThrow();
  }

  Instant receivedAt() {
    return receivedAt;
  }

  LocalDate receivedOn() {
    return receivedOn;
  }

  LocalDate dueOn() {
    return dueOn;
  }

  Optional<String> draftReply() {
    return Optional.ofNullable(draftReply);
  }

  Optional<String> reply() {
    return Optional.ofNullable(reply);
  }

  Optional<String> replyingSite() {
    return Optional.ofNullable(replyingSite);
  }

  Optional<LocalDate> repliedOn() {
    return Optional.ofNullable(repliedOn);
  }

  Optional<Instant> repliedAt() {
    return Optional.ofNullable(repliedAt);
  }

  Optional<LocalDate> publishedOn() {
    return Optional.ofNullable(publishedOn);
  }

  Optional<String> publishedSubject() {
    return Optional.ofNullable(publishedSubject);
  }

  Optional<String> publishedQuestion() {
    return Optional.ofNullable(publishedQuestion);
  }

  Optional<String> publishedReply() {
    return Optional.ofNullable(publishedReply);
  }

  Optional<Rating> rating() {
    return Optional.ofNullable(rating).flatMap(Rating::ofCode);
  }

  Optional<String> ratingComment() {
    return Optional.ofNullable(ratingComment);
  }

  Optional<String> rejectReason() {
    return Optional.ofNullable(rejectReason);
  }

  Optional<Integer> workingDaysToReply() {
    return Optional.ofNullable(workingDaysToReply);
  }

  Optional<Boolean> onTime() {
    return Optional.ofNullable(onTime);
  }

  Optional<Instant> purgedAt() {
    return Optional.ofNullable(purgedAt);
  }

  int version() {
    return version;
  }
}
