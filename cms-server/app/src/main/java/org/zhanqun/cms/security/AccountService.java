package org.zhanqun.cms.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.zhanqun.cms.infrastructure.error.DomainException;
import org.zhanqun.cms.infrastructure.error.Failure;
import org.zhanqun.cms.infrastructure.error.FieldError;
import org.zhanqun.cms.infrastructure.error.FieldErrors;
import org.zhanqun.cms.infrastructure.error.InvalidInputException;

/**
 * Accounts, their roles and their sessions (tokens) in the database, each use case one short
 * transaction. Takes password hashes, never passwords: hashing is slow and happens before, outside
 * any transaction ({@link CredentialService}).
 */
@ApplicationScoped
public class AccountService {

  /** Why a browser session's cookie no longer logs in: its session expired. */
  static final String SESSION_EXPIRED = "the session has expired; log in again";

  /** Why a browser session's cookie no longer logs in: its session was ended or never was. */
  static final String SESSION_UNKNOWN = "the session is unknown or was ended; log in again";

  @Inject UserAccountRepository accounts;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "zhanqun.token.ttl")
  Duration tokenTtl;

  /** The stored hash of an account and whether it may log in. */
  record StoredCredentials(String username, String passwordHash, boolean active) {}

  @Transactional
  Optional<StoredCredentials> credentials(String username) {
    return accounts
        .findByUsername(username)
        .map(a -> new StoredCredentials(a.username(), a.passwordHash(), a.isActive()));
  }

  /**
   * A new session for an account whose password was checked against {@code checkedHash}; refused
   * when the account was disabled or its password changed since.
   */
  @Transactional
  Session openSession(String username, String checkedHash) {
    UserAccount account =
        accounts
            .findByUsername(username)
            .filter(UserAccount::isActive)
            .filter(a -> a.passwordHash().equals(checkedHash))
            .orElseThrow(() -> new NotAuthenticatedException("wrong username or password"));
    Instant now = clock.instant();
    accounts.removeTokensExpiredBefore(now);
    SecretToken token = SecretToken.random();
    Instant expiresAt = now.plus(tokenTtl);
    accounts.add(new AuthToken(token.hash(), account, now, expiresAt));
    return new Session(token.value(), expiresAt, account.asCaller());
  }

  /** Revokes the token; an unknown token is already revoked. */
  @Transactional
  public void logout(String token) {
    accounts.removeToken(SecretToken.hashOf(token));
  }

  /** The caller the token stands for, while it is valid and its account active. */
  @Transactional
  public Optional<Caller> authenticate(String token) {
    Instant now = clock.instant();
    return accounts
        .findToken(SecretToken.hashOf(token))
        .filter(t -> t.isValidAt(now))
        .map(t -> t.user().asCaller());
  }

  /**
   * The session of a browser's cookie while it is valid.
   *
   * @throws NotAuthenticatedException saying that the session has expired, or that it is unknown
   *     (never issued, revoked by a logout or a new password, or its account disabled)
   */
  @Transactional(dontRollbackOn = NotAuthenticatedException.class)
  public Session requireSession(String token) {
    Instant now = clock.instant();
    AuthToken stored =
        accounts
            .findToken(SecretToken.hashOf(token))
            .filter(t -> t.user().isActive())
            .orElseThrow(() -> new NotAuthenticatedException(SESSION_UNKNOWN));
    if (!stored.isValidAt(now)) {
      throw new NotAuthenticatedException(SESSION_EXPIRED);
    }
    return new Session(token, stored.expiresAt(), stored.user().asCaller());
  }

  @Transactional
  public List<Caller> list() {
    return accounts.findAll().stream().map(UserAccount::asCaller).toList();
  }

  /** Every account with its rights and state, as administrators see them. */
  @Transactional
  public List<UserView> users() {
    return accounts.findAll().stream().map(UserView::of).toList();
  }

  /** Creates an account with an already hashed password; the username must be new. */
  @Transactional
  UserView create(
      String username,
      String passwordHash,
      String displayName,
      boolean administrator,
      boolean evaluator,
      Set<SiteGrant> grants) {
    if (accounts.findByUsername(username).isPresent()) {
      throw new DuplicateUsernameException(username);
    }
    requireKnownSites(grants);
    UserAccount account = new UserAccount(username, passwordHash, displayName, clock.instant());
    account.makeAdministrator(administrator);
    account.makeEvaluator(evaluator);
    account.replaceGrants(grants);
    accounts.add(account);
    return UserView.of(account);
  }

  /** Replaces the user's roles per site. */
  @Transactional
  public UserView replaceGrants(String username, Set<SiteGrant> grants) {
    UserAccount account = existing(username);
    requireKnownSites(grants);
    account.replaceGrants(grants);
    return UserView.of(account);
  }

  /**
   * Gives the account a new password hash and revokes all its sessions, if its hash is still {@code
   * expectedHash} (null: whatever it is); else the password changed meanwhile.
   *
   * @throws PasswordChangedMeanwhileException when the stored hash is no longer the expected one
   */
  @Transactional
  void replacePassword(String username, String expectedHash, String newHash) {
    UserAccount account = existing(username);
    if (expectedHash != null && !account.passwordHash().equals(expectedHash)) {
      throw new PasswordChangedMeanwhileException();
    }
    account.replacePasswordHash(newHash);
    accounts.removeTokensOf(account);
  }

  /** Disables the account (it can no longer log in) and revokes its sessions. */
  @Transactional
  public UserView disable(String username, Caller by) {
    if (by.username().equalsIgnoreCase(username)) {
      throw new InvalidInputException(
          "username", "you cannot disable your own account; ask another administrator");
    }
    UserAccount account = existing(username);
    account.disable();
    accounts.removeTokensOf(account);
    return UserView.of(account);
  }

  /** Lets a disabled account log in again. */
  @Transactional
  public UserView enable(String username) {
    UserAccount account = existing(username);
    account.enable();
    return UserView.of(account);
  }

  /** Revokes every session of the account; returns how many there were. */
  @Transactional
  public int revokeSessions(String username) {
    return accounts.removeTokensOf(existing(username));
  }

  @Transactional
  public boolean exists(String username) {
    return accounts.findByUsername(username).isPresent();
  }

  private UserAccount existing(String username) {
    return accounts
        .findByUsername(username)
        .orElseThrow(() -> new InvalidInputException("username", "no user " + username));
  }

  private void requireKnownSites(Set<SiteGrant> grants) {
    FieldErrors errors = new FieldErrors();
    grants.stream()
        .map(SiteGrant::siteId)
        .distinct()
        .sorted()
        .filter(site -> !accounts.siteExists(site))
        .forEach(site -> errors.add("sites", "no site " + site));
    errors.throwIfAny();
  }

  /** A login: the bearer token, when it expires, and who it is. */
  public record Session(String token, Instant expiresAt, Caller caller) {}

  /** The username is taken. */
  public static class DuplicateUsernameException extends DomainException {
    private static final long serialVersionUID = 1L;

    DuplicateUsernameException(String username) {
      super(
          Failure.CONFLICT,
          "username " + username + " is taken",
          List.of(new FieldError("username", "already taken: " + username)));
    }
  }

  /** The password was changed by another request between checking and replacing it. */
  public static class PasswordChangedMeanwhileException extends DomainException {
    private static final long serialVersionUID = 1L;

    PasswordChangedMeanwhileException() {
      super(
          Failure.CONFLICT,
          "the password was changed meanwhile; log in with the new one",
          List.of(new FieldError("currentPassword", "changed meanwhile")));
    }
  }
}
