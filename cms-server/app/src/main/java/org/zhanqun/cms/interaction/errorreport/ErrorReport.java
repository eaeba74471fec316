package org.zhanqun.cms.interaction.errorreport;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;

/**
 * One error report about a page of the cluster. Its site is the one responsible now (the site the
 * URL belongs to, or the one it was forwarded to); it is {@linkplain ErrorReportStatus#OPEN open}
 * until that site answers, then {@linkplain ErrorReportStatus#ANSWERED answered} for good. The
 * reporter's contact is held only sealed. Not thread-safe (an entity).
 */
@Entity
@Table(name = "error_report")
public class ErrorReport {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String number;

  @Column(name = "site_id", nullable = false)
  private String siteId;

  @Column(nullable = false, updatable = false)
  private String url;

  @Column(nullable = false, updatable = false)
  private String description;

  @Column(name = "contact_sealed", updatable = false)
  private String contactSealed;

  @Column(name = "received_at", nullable = false, updatable = false)
  private Instant receivedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ErrorReportStatus status;

  private String answer;

  @Column(name = "answered_at")
  private Instant answeredAt;

  @Column(name = "answered_by")
  private String answeredBy;

  @Version private int version;

  protected ErrorReport() {}

  ErrorReport(String siteId, String url, String description, String contactSealed, Instant now) {
    this.siteId = siteId;
    this.url = url;
    this.description = description;
    this.contactSealed = contactSealed;
    this.receivedAt = now;
    this.status = ErrorReportStatus.OPEN;
  }

  /** Numbers the report {@code ZC<year>-<id, 6 digits>} once its id is known. */
  void number(int year) {
    this.number = String.format("ZC%d-%06d", year, id);
  }

  void forwardTo(String site) {
    this.siteId = site;
  }

  void answer(String text, String actor, Instant now) {
    this.answer = text;
    this.answeredBy = actor;
    this.answeredAt = now;
    this.status = ErrorReportStatus.ANSWERED;
  }

  public long id() {
    return id;
  }

  public String number() {
    return number;
  }

  public String siteId() {
    return siteId;
  }

  public String url() {
    return url;
  }

  public String description() {
    return description;
  }

  Optional<String> contactSealed() {
    return Optional.ofNullable(contactSealed);
  }

  public Instant receivedAt() {
    return receivedAt;
  }

  public ErrorReportStatus status() {
    return status;
  }

  public Optional<String> answer() {
    return Optional.ofNullable(answer);
  }

  public Optional<Instant> answeredAt() {
    return Optional.ofNullable(answeredAt);
  }

  public Optional<String> answeredBy() {
    return Optional.ofNullable(answeredBy);
  }

  public int version() {
    return version;
  }
}
