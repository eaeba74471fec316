package org.zhanqun.cms.infrastructure.config;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Instant;

/**
 * A Caffeine {@link Ticker} that reads the server's {@link Clock}, so that expiry in the caches
 * follows the clock tests move by hand. Reads {@link Clock#instant()}: {@code millis()} of a clock
 * ticking in microseconds divides by zero on JDK 17.
 */
public final class ClockTicker implements Ticker {

  private final Clock clock;

  public ClockTicker(Clock clock) {
    this.clock = clock;
  }

  @Override
  public long read() {
    Instant now = clock.instant();
    return now.getEpochSecond() * 1_000_000_000L + now.getNano();
  }
}
