package org.zhanqun.cms.infrastructure.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The pause a background worker (the publisher, the search indexer) takes after a failure: one
 * second, doubling with each further failure up to a minute, and none again after a success — so a
 * database or Solr that is down is asked less and less often. Thread-safe.
 */
public final class RetryPause {

  private static final Duration FIRST = Duration.ofSeconds(1);
  private static final Duration LONGEST = Duration.ofMinutes(1);

  private final Clock clock;
  private Duration pause = Duration.ZERO;
  private Instant until = Instant.MIN;

  public RetryPause(Clock clock) {
    this.clock = clock;
  }

  /** Whether the worker should still wait before its next attempt. */
  public synchronized boolean active() {
    return clock.instant().isBefore(until);
  }

  /** An attempt failed: pause, twice as long as last time (at most a minute). */
  public synchronized void failed() {
    pause = pause.isZero() ? FIRST : pause.multipliedBy(2);
    if (pause.compareTo(LONGEST) > 0) {
      pause = LONGEST;
    }
    until = clock.instant().plus(pause);
  }

  /** An attempt succeeded: the next failure pauses one second again. */
  public synchronized void succeeded() {
    pause = Duration.ZERO;
  }
}
