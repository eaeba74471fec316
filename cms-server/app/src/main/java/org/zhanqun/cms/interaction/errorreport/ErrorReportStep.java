package org.zhanqun.cms.interaction.errorreport;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One recorded step of a report: {@code received} (actor {@code public}), {@code forwarded} (from
 * one site to another, the note is the reason) or {@code answered} (the note is the answer).
 * Immutable.
 */
@Entity
@Table(name = "error_report_step")
public class ErrorReportStep {

  static final String RECEIVED = "received";
  static final String FORWARDED = "forwarded";
  static final String ANSWERED = "answered";

  /** The actor of the first step: the report came through the public door. */
  static final String PUBLIC = "public";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "report_id", nullable = false, updatable = false)
  private long reportId;

  @Column(nullable = false, updatable = false)
  private String action;

  @Column(nullable = false, updatable = false)
  private String actor;

  @Column(nullable = false, updatable = false)
  private Instant at;

  @Column(name = "from_site", updatable = false)
  private String fromSite;

  @Column(name = "to_site", updatable = false)
  private String toSite;

  @Column(updatable = false)
  private String note;

  protected ErrorReportStep() {}

  ErrorReportStep(
      long reportId,
      String action,
      String actor,
      Instant at,
      String fromSite,
      String toSite,
      String note) {
    this.reportId = reportId;
    this.action = action;
    this.actor = actor;
    this.at = at;
    this.fromSite = fromSite;
    this.toSite = toSite;
    this.note = note;
  }

  String action() {
    return action;
  }

  String actor() {
    return actor;
  }

  Instant at() {
    return at;
  }

  String fromSite() {
    return fromSite;
  }

  String toSite() {
    return toSite;
  }

  String note() {
    return note;
  }
}
