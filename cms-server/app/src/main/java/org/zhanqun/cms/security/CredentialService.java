package org.zhanqun.cms.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import org.zhanqun.cms.infrastructure.error.InvalidInputException;

/**
 * Everything that checks or sets a password: logging in, changing one's own password, an
 * administrator's reset, new accounts. The order of a check, which keeps guessing slow and the
 * database free:
 *
 * <ol>
 *   <li>the throttle ({@link LoginThrottle}): an account or address that must wait is refused at
 *       once (429), nothing hashed;
 *   <li>the stored hash is read in a short transaction;
 *   <li>the password is hashed outside any transaction, at most a few at once ({@link
 *       PasswordHasher}; 503 when no turn comes free);
 *   <li>a wrong password counts against the account and the address; a right one forgets the
 *       account's failures, and the session is written in a second short transaction.
 * </ol>
 */
@ApplicationScoped
public class CredentialService {

  @Inject AccountService accounts;
  @Inject PasswordHasher hasher;
  @Inject LoginThrottle throttle;

  private String decoy;

  @PostConstruct
  void prepareDecoy() {
    decoy = hasher.hash("decoy password of no account");
  }

  /** The client address of a request for the throttle (trusted proxies considered). */
  public String clientAddress(String remoteAddress, String forwardedFor) {
    return throttle.client(remoteAddress, forwardedFor);
  }

  /**
   * A new session for the user.
   *
   * @throws TooManyLoginAttemptsException while the account or the address must wait
   * @throws NotAuthenticatedException for a wrong username or password, or a disabled account
   * @throws PasswordCheckBusyException when no turn at hashing came free in time
   */
  public AccountService.Session login(String username, String password, String address) {
    throttle.check(username, address);
    Optional<AccountService.StoredCredentials> stored = accounts.credentials(username);
    // hash for unknown users too, so that the answer's timing does not tell which names exist
    boolean matches =
        hasher.matches(
            password, stored.map(AccountService.StoredCredentials::passwordHash).orElse(decoy));
    if (!matches || stored.isEmpty()) {
      throttle.failed(username, address);
      throw new NotAuthenticatedException("wrong username or password");
    }
    if (!stored.get().active()) {
      throw new NotAuthenticatedException("this account is disabled; ask an administrator");
    }
    AccountService.Session session =
        accounts.openSession(stored.get().username(), stored.get().passwordHash());
    throttle.succeeded(username);
    return session;
  }

  /**
   * Changes the caller's own password after checking the current one (throttled like a login), and
   * revokes all the caller's sessions, this one included.
   *
   * @throws InvalidInputException naming {@code currentPassword} when it is wrong, or {@code
   *     newPassword} when it equals the current one
   */
  public void changePassword(
      Caller caller, String currentPassword, String newPassword, String address) {
    throttle.check(caller.username(), address);
    AccountService.StoredCredentials stored =
        accounts
            .credentials(caller.username())
            .orElseThrow(() -> new NotAuthenticatedException("the account no longer exists"));
    if (!hasher.matches(currentPassword, stored.passwordHash())) {
      throttle.failed(caller.username(), address);
      throw new InvalidInputException("currentPassword", "is not your current password");
    }
    if (newPassword.equals(currentPassword)) {
      throw new InvalidInputException("newPassword", "must differ from the current password");
    }
    accounts.replacePassword(caller.username(), stored.passwordHash(), hasher.hash(newPassword));
    throttle.succeeded(caller.username());
  }

  /**
   * An administrator sets a new password for the user: all the user's sessions are revoked and the
   * account's failed logins forgotten.
   */
  public void resetPassword(String username, String newPassword) {
    if (!accounts.exists(username)) {
      throw new InvalidInputException("username", "no user " + username);
    }
    accounts.replacePassword(username, null, hasher.hash(newPassword));
    throttle.succeeded(username);
  }

  /** Creates an account; the username must be new. */
  public UserView createAccount(
      String username,
      String password,
      String displayName,
      boolean administrator,
      boolean evaluator,
      Set<SiteGrant> grants) {
    return accounts.create(
        username, hasher.hash(password), displayName, administrator, evaluator, grants);
  }
}
