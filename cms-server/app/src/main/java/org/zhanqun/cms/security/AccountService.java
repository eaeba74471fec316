package org.zhanqun.cms.security;

import jakarta.annotation.PostConstruct;
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
import org.zhanqun.cms.infrastructure.error.FieldErrors;
import org.zhanqun.cms.infrastructure.error.InvalidInputException;

/** Logging in and out, authenticating tokens, and managing accounts and their roles. */
@ApplicationScoped
public class AccountService {

  @Inject UserAccountRepository accounts;
  @Inject PasswordHasher hasher;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "zhanqun.token.ttl")
  Duration tokenTtl;

  private String decoy;

  @PostConstruct
  void prepareDecoy() {
    decoy = hasher.hash("decoy password of no account");
  }

  /** A new token for the user, or {@link NotAuthenticatedException} for wrong credentials. */
  @Transactional
  public Session login(String username, String password) {
    Optional<UserAccount> found = accounts.findByUsername(username).filter(UserAccount::isActive);
    // hash for unknown users too, so that the answer's timing does not tell which names exist
    boolean matches = hasher.matches(password, found.map(UserAccount::passwordHash).orElse(decoy));
    UserAccount account =
        found
            .filter(a -> matches)
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

  /** The caller the token stands for, while it is valid. */
  @Transactional
  public Optional<Caller> authenticate(String token) {
    Instant now = clock.instant();
    return accounts
        .findToken(SecretToken.hashOf(token))
        .filter(t -> t.isValidAt(now))
        .map(t -> t.user().asCaller());
  }

  @Transactional
  public List<Caller> list() {
    return accounts.findAll().stream().map(UserAccount::asCaller).toList();
  }

  /** Creates an account; the username must be new. */
  @Transactional
  public Caller create(
      String username,
      String password,
      String displayName,
      boolean administrator,
      boolean evaluator,
      Set<SiteGrant> grants) {
    if (accounts.findByUsername(username).isPresent()) {
      throw new DuplicateUsernameException(username);
    }
    requireKnownSites(grants);
    UserAccount account =
        new UserAccount(username, hasher.hash(password), displayName, clock.instant());
    account.makeAdministrator(administrator);
    account.makeEvaluator(evaluator);
    account.replaceGrants(grants);
    accounts.add(account);
    return account.asCaller();
  }

  /** Replaces the user's roles per site. */
  @Transactional
  public Caller replaceGrants(String username, Set<SiteGrant> grants) {
    UserAccount account =
        accounts
            .findByUsername(username)
            .orElseThrow(() -> new InvalidInputException("username", "no user " + username));
    requireKnownSites(grants);
    account.replaceGrants(grants);
    return account.asCaller();
  }

  @Transactional
  public boolean exists(String username) {
    return accounts.findByUsername(username).isPresent();
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
          List.of(
              new org.zhanqun.cms.infrastructure.error.FieldError(
                  "username", "already taken: " + username)));
    }
  }
}
