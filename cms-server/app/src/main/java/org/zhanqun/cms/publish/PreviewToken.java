package org.zhanqun.cms.publish;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A preview link's stored form: the hash of its secret, the item, who made it, until when. */
@Entity
@Table(name = "preview_token")
public class PreviewToken {

  @Id
  @Column(name = "token_hash")
  private String tokenHash;

  @Column(name = "item_id", nullable = false)
  private long itemId;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  protected PreviewToken() {}

  PreviewToken(
      String tokenHash, long itemId, String createdBy, Instant createdAt, Instant expiresAt) {
    this.tokenHash = tokenHash;
    this.itemId = itemId;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  long itemId() {
    return itemId;
  }

  boolean isValidAt(Instant now) {
    return now.isBefore(expiresAt);
  }
}
