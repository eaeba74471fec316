package org.zhanqun.cms.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows down password guessing, per account and per client address, before any password is hashed:
 * see {@link FailureBackoff} for the rule, and the {@code zhanqun.login.*} keys for its limits.
 * Only failed attempts count; a successful login forgets the account's failures (not the address's,
 * so that one valid account does not lift the address's limit). The counters live in this
 * instance's memory: several instances each count their own.
 */
@ApplicationScoped
class LoginThrottle {

  /** At most this many accounts and as many addresses are remembered. */
  private static final long MAX_KEYS = 100_000;

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "zhanqun.login.account-free-failures")
  int accountFreeFailures;

  @Inject
  @ConfigProperty(name = "zhanqun.login.address-free-failures")
  int addressFreeFailures;

  @Inject
  @ConfigProperty(name = "zhanqun.login.first-wait")
  Duration firstWait;

  @Inject
  @ConfigProperty(name = "zhanqun.login.max-wait")
  Duration maxWait;

  @Inject
  @ConfigProperty(name = "zhanqun.login.forget-after")
  Duration forgetAfter;

  @Inject
  @ConfigProperty(name = "zhanqun.http.trusted-proxies")
  Optional<String> trustedProxies;

  private FailureBackoff accounts;
  private FailureBackoff addresses;
  private ClientAddress clientAddress;

  @PostConstruct
  void start() {
    accounts =
        new FailureBackoff(accountFreeFailures, firstWait, maxWait, forgetAfter, MAX_KEYS, clock);
    addresses =
        new FailureBackoff(addressFreeFailures, firstWait, maxWait, forgetAfter, MAX_KEYS, clock);
    clientAddress = ClientAddress.trusting(trustedProxies.orElse(""));
  }

  /** The client of a request: its socket's address, or the one a trusted proxy forwarded. */
  String client(String remoteAddress, String forwardedFor) {
    return clientAddress.of(remoteAddress, forwardedFor);
  }

  /**
   * Refuses an attempt while the account or the address must wait.
   *
   * @throws TooManyLoginAttemptsException with the longer of the two waits
   */
  void check(String username, String address) {
    Optional<Duration> account = accounts.waitFor(accountKey(username));
    Optional<Duration> client = addresses.waitFor(address);
    Optional<Duration> wait =
        Stream.of(account, client).flatMap(Optional::stream).max(Comparator.naturalOrder());
    if (wait.isPresent()) {
      throw new TooManyLoginAttemptsException(wait.get());
    }
  }

  /** Counts a wrong password for the account and the address. */
  void failed(String username, String address) {
    accounts.failed(accountKey(username));
    addresses.failed(address);
  }

  /** Forgets the account's failures: a login with the right password, or a new password. */
  void succeeded(String username) {
    accounts.reset(accountKey(username));
  }

  /** Usernames compare without case in the database, so they count without case here. */
  private static String accountKey(String username) {
    return username.strip().toLowerCase(Locale.ROOT);
  }
}
