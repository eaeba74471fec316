package org.zhanqun.cms.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.zhanqun.cms.infrastructure.config.ClockTicker;

/**
 * Failed attempts per key (an account or a client address) with exponential backoff: the first
 * {@code freeFailures} cost nothing; each further failure closes the key for {@code firstWait},
 * then twice as long, and so on up to {@code maxWait}. A key without a failure for {@code
 * forgetAfter} starts again from zero; at most {@code maxKeys} keys are held (the least recently
 * used go first), so that a flood of made-up names cannot fill the memory. Thread-safe.
 */
final class FailureBackoff {

  private record Failures(int count, Instant closedUntil) {}

  private final int freeFailures;
  private final Duration firstWait;
  private final Duration maxWait;
  private final Clock clock;
  private final Cache<String, Failures> failures;

  FailureBackoff(
      int freeFailures,
      Duration firstWait,
      Duration maxWait,
      Duration forgetAfter,
      long maxKeys,
      Clock clock) {
    if (freeFailures < 0 || firstWait.isNegative() || maxWait.compareTo(firstWait) < 0) {
      throw new IllegalArgumentException(
          "free failures must be >= 0 and 0 <= first wait <= max wait");
    }
    this.freeFailures = freeFailures;
    this.firstWait = firstWait;
    this.maxWait = maxWait;
    this.clock = clock;
    this.failures =
        Caffeine.newBuilder()
            .expireAfterWrite(forgetAfter)
            .maximumSize(maxKeys)
            .ticker(new ClockTicker(clock))
            .build();
  }

  /** How long {@code key} must still wait; empty when it may try now. */
  Optional<Duration> waitFor(String key) {
    Failures current = failures.getIfPresent(key);
    if (current == null) {
      return Optional.empty();
    }
    Duration left = Duration.between(clock.instant(), current.closedUntil());
    return left.isNegative() || left.isZero() ? Optional.empty() : Optional.of(left);
  }

  /**
   * Counts a failure of {@code key}; returns the wait it now has (zero while failures are free).
   */
  Duration failed(String key) {
    Failures updated =
        failures
            .asMap()
            .compute(
                key,
                (k, previous) -> {
                  int count = previous == null ? 1 : previous.count() + 1;
                  Duration wait = waitAfter(count);
                  return new Failures(count, clock.instant().plus(wait));
                });
    return waitAfter(updated.count());
  }

  /** Forgets the failures of {@code key}. */
  void reset(String key) {
    failures.invalidate(key);
  }

  private Duration waitAfter(int count) {
    int beyond = count - freeFailures;
    if (beyond <= 0) {
      return Duration.ZERO;
    }
    // firstWait * 2^(beyond - 1), without overflow
    Duration wait = firstWait;
    for (int i = 1; i < beyond && wait.compareTo(maxWait) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(maxWait) > 0 ? maxWait : wait;
  }
}
