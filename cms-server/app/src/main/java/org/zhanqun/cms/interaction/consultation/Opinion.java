package org.zhanqun.cms.interaction.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * One opinion (意见) on a consultation, as the public sent it. Immutable once stored; its number is
 * given right after the insert, from the row's id. Name and contact are held only sealed.
 */
@Entity
@Table(name = "consultation_opinion")
public class Opinion {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "consultation_id", nullable = false, updatable = false)
  private long consultationId;

  private String number;

  @Column(nullable = false, updatable = false)
  private String text;

  @Column(name = "name_sealed", updatable = false)
  private String nameSealed;

  @Column(name = "contact_sealed", updatable = false)
  private String contactSealed;

  @Column(name = "received_at", nullable = false, updatable = false)
  private Instant receivedAt;

  protected Opinion() {}

  Opinion(long consultationId, String text, String nameSealed, String contactSealed, Instant now) {
    this.consultationId = consultationId;
    this.text = text;
    this.nameSealed = nameSealed;
    this.contactSealed = contactSealed;
    this.receivedAt = now;
  }

  /** Numbers the opinion {@code YJ<year>-<id, 6 digits>} once its id is known. */
  void number(int year) {
    this.number = String.format("YJ%d-%06d", year, id);
  }

  public long id() {
    return id;
  }

  public long consultationId() {
    return consultationId;
  }

  public String number() {
    return number;
  }

  public String text() {
    return text;
  }

  Optional<String> nameSealed() {
    return Optional.ofNullable(nameSealed);
  }

  Optional<String> contactSealed() {
    return Optional.ofNullable(contactSealed);
  }

  public Instant receivedAt() {
    return receivedAt;
  }
}
