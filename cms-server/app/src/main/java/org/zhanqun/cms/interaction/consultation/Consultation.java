package org.zhanqun.cms.interaction.consultation;

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

/**
 * One consultation of one site: its code (unique within the site), title, Markdown text and the
 * days it is open (in the cluster's time zone, both included). Its text and dates may change only
 * while it is {@linkplain ConsultationStatus#UPCOMING upcoming}; its result only once it is
 * {@linkplain ConsultationStatus#CLOSED closed}. Not thread-safe (an entity).
 */
@Entity
@Table(name = "consultation")
public class Consultation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "site_id", nullable = false, updatable = false)
  private String siteId;

  @Column(nullable = false, updatable = false)
  private String code;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false, columnDefinition = "MEDIUMTEXT")
  private String text;

  @Column(name = "opens_on", nullable = false)
  private LocalDate opensOn;

  @Column(name = "closes_on", nullable = false)
  private LocalDate closesOn;

  @Column(columnDefinition = "MEDIUMTEXT")
  private String result;

  @Column(name = "result_published_at")
  private Instant resultPublishedAt;

  @Column(name = "result_published_by")
  private String resultPublishedBy;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_by", nullable = false)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private int version;

  protected Consultation() {}

  Consultation(String siteId, String code, Draft draft, String actor, Instant now) {
    this.siteId = siteId;
    this.code = code;
    this.createdBy = actor;
    this.createdAt = now;
    apply(draft, actor, now);
  }

  /** The editable part: title, text and days. */
  record Draft(String title, String text, LocalDate opens, LocalDate closes) {}

  final void apply(Draft draft, String actor, Instant now) {
    this.title = draft.title();
    this.text = draft.text();
    this.opensOn = draft.opens();
    this.closesOn = draft.closes();
    this.updatedBy = actor;
    this.updatedAt = now;
  }

  void publishResult(String resultText, String actor, Instant now) {
    this.result = resultText;
    this.resultPublishedAt = now;
    this.resultPublishedBy = actor;
    this.updatedBy = actor;
    this.updatedAt = now;
  }

  public ConsultationStatus statusOn(LocalDate today) {
    return ConsultationStatus.on(today, opensOn, closesOn);
  }

  public long id() {
    return id;
  }

  public String siteId() {
    return siteId;
  }

  public String code() {
    return code;
  }

  public String title() {
    return title;
  }

  public String text() {
    return text;
  }

  public LocalDate opensOn() {
    return opensOn;
  }

  public LocalDate closesOn() {
    return closesOn;
  }

  public Optional<String> result() {
    return Optional.ofNullable(result);
  }

  public Optional<Instant> resultPublishedAt() {
    return Optional.ofNullable(resultPublishedAt);
  }

  public Optional<String> resultPublishedBy() {
    return Optional.ofNullable(resultPublishedBy);
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String updatedBy() {
    return updatedBy;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public int version() {
    return version;
  }
}
