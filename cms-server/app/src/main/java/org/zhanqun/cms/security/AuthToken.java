package org.zhanqun.cms.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A login session. Only the SHA-256 of the token is stored, so a leaked database does not leak
 * usable tokens. Valid until it expires or the user logs out.
 */
@Entity
@Table(name = "auth_token")
public class AuthToken {

  @Id
  @Column(name = "token_hash")
  private String tokenHash;

  @ManyToOne(optional = false)
  @JoinColumn(name = "user_id")
  private UserAccount user;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  protected AuthToken() {}

  AuthToken(String tokenHash, UserAccount user, Instant createdAt, Instant expiresAt) {
    this.tokenHash = tokenHash;
    this.user = user;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  UserAccount user() {
    return user;
  }

  Instant expiresAt() {
    return expiresAt;
  }

  boolean isValidAt(Instant now) {
    return now.isBefore(expiresAt) && user.isActive();
  }
}
