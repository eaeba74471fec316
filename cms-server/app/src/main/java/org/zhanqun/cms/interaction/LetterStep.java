package org.zhanqun.cms.interaction;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One recorded step of a letter: who did what for which site, when, with an optional note (the
 * reason of a transfer or rejection, a reviewer's comment). Immutable.
 */
@Entity
@Table(name = "letter_step")
public class LetterStep {

  /** The actor of the citizen's own steps (submission, rating). */
  static final String PUBLIC = "public";

  /** The actor of the retention purge. */
  static final String SYSTEM = "system";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "letter_id", nullable = false)
  private long letterId;

  @Column(nullable = false)
  private String step;

  @Column(nullable = false)
  private String actor;

  @Column(name = "site_id", nullable = false)
  private String siteId;

  private String note;

  @Column(nullable = false)
  private Instant at;

  protected LetterStep() {}

  LetterStep(long letterId, String step, String actor, String siteId, String note, Instant at) {
    this.letterId = letterId;
    this.step = step;
    this.actor = actor;
    this.siteId = siteId;
    this.note = note;
    this.at = at;
  }

  public String step() {
    return step;
  }

  public String actor() {
    return actor;
  }

  public String siteId() {
    return siteId;
  }

  public String note() {
    return note;
  }

  public Instant at() {
    return at;
  }
}
