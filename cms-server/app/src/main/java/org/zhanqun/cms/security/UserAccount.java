package org.zhanqun.cms.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** A person who logs in: an editor, a reviewer, an evaluator or an administrator. */
@Entity
@Table(name = "user_account")
public class UserAccount {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private String username;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  private boolean administrator;
  private boolean evaluator;
  private boolean active = true;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "site_role", joinColumns = @JoinColumn(name = "user_id"))
  private Set<SiteGrant> grants = new HashSet<>();

  @Version private int version;

  protected UserAccount() {}

  public UserAccount(String username, String passwordHash, String displayName, Instant createdAt) {
    this.username = username;
    this.passwordHash = passwordHash;
    this.displayName = displayName;
    this.createdAt = createdAt;
  }

  public Long id() {
    return id;
  }

  public String username() {
    return username;
  }

  String passwordHash() {
    return passwordHash;
  }

  public String displayName() {
    return displayName;
  }

  public boolean isAdministrator() {
    return administrator;
  }

  public boolean isEvaluator() {
    return evaluator;
  }

  public boolean isActive() {
    return active;
  }

  public Set<SiteGrant> grants() {
    return Set.copyOf(grants);
  }

  void makeAdministrator(boolean administrator) {
    this.administrator = administrator;
  }

  void makeEvaluator(boolean evaluator) {
    this.evaluator = evaluator;
  }

  void replacePasswordHash(String newHash) {
    this.passwordHash = newHash;
  }

  /** A disabled account cannot log in, and its tokens stop working. */
  void disable() {
    this.active = false;
  }

  void enable() {
    this.active = true;
  }

  void replaceGrants(Set<SiteGrant> newGrants) {
    grants.clear();
    grants.addAll(newGrants);
  }

  Caller asCaller() {
    return new Caller(username, administrator, evaluator, grants());
  }
}
