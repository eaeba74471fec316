package org.zhanqun.cms.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * PBKDF2-HMAC-SHA512 with 210,000 iterations and a 32-byte salt (Jakarta Security's hasher), about
 * 0.2 s of one core per call. At most {@code zhanqun.password.concurrent-checks} calls run at once
 * (0: one per core); a call that gets no turn within {@code zhanqun.password.max-wait} fails with
 * {@link PasswordCheckBusyException} instead of queueing without bound. Call it outside any
 * database transaction, so that waiting for a turn holds no connection. Thread-safe.
 */
@ApplicationScoped
class PasswordHasher {

  @Inject Pbkdf2PasswordHash pbkdf2;

  @Inject
  @ConfigProperty(name = "zhanqun.password.concurrent-checks")
  int concurrentChecks;

  @Inject
  @ConfigProperty(name = "zhanqun.password.max-wait")
  Duration maxWait;

  private Semaphore turns;

  @PostConstruct
  void configure() {
    pbkdf2.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    int permits =
        concurrentChecks > 0 ? concurrentChecks : Runtime.getRuntime().availableProcessors();
    turns = new Semaphore(permits, true);
  }

  String hash(String password) {
    acquireTurn();
    try {
      return pbkdf2.generate(password.toCharArray());
    } finally {
      turns.release();
    }
  }

  boolean matches(String password, String hash) {
    acquireTurn();
    try {
      return pbkdf2.verify(password.toCharArray(), hash);
    } finally {
      turns.release();
    }
  }

  private void acquireTurn() {
    try {
      if (!turns.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new PasswordCheckBusyException();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PasswordCheckBusyException();
    }
  }
}
