package org.zhanqun.cms.infrastructure.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.zhanqun.cms.testing.HandClock;

class RetryPauseTest {

  private final HandClock clock = new HandClock(Instant.parse("2026-11-23T08:00:00Z"));
  private final RetryPause retry = new RetryPause(clock);

  @Test
  void doesNotPauseBeforeAFailure() {
    assertThat(retry.active()).isFalse();
  }

  @Test
  void pausesOneSecondThenTwiceAsLongAfterEachFurtherFailureUpToAMinute() {
    assertThat(pauseAfterFailure()).isEqualTo(Duration.ofSeconds(1));
    assertThat(pauseAfterFailure()).isEqualTo(Duration.ofSeconds(2));
    assertThat(pauseAfterFailure()).isEqualTo(Duration.ofSeconds(4));
    for (int i = 0; i < 10; i++) {
      pauseAfterFailure();
    }
    assertThat(pauseAfterFailure()).isEqualTo(Duration.ofMinutes(1));
  }

  @Test
  void aSuccessMakesTheNextPauseOneSecondAgain() {
    pauseAfterFailure();
    pauseAfterFailure();
    retry.succeeded();

    assertThat(pauseAfterFailure()).isEqualTo(Duration.ofSeconds(1));
  }

  /** Fails once and measures, in whole seconds, how long the pause lasts. */
  private Duration pauseAfterFailure() {
    retry.failed();
    Duration waited = Duration.ZERO;
    while (retry.active()) {
      clock.advance(Duration.ofSeconds(1));
      waited = waited.plusSeconds(1);
    }
    return waited;
  }
}
