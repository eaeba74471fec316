package org.zhanqun.cms.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.zhanqun.cms.testing.HandClock;

class FailureBackoffTest {

  private final HandClock clock = new HandClock(Instant.parse("2026-12-01T00:00:00Z"));
  private final FailureBackoff backoff =
      new FailureBackoff(
          3, Duration.ofSeconds(1), Duration.ofSeconds(10), Duration.ofHours(1), 1000, clock);

  @Test
  void letsTheFreeFailuresPassWithoutWaiting() {
    for (int i = 0; i < 3; i++) {
      assertThat(backoff.failed("editor")).isZero();
    }

    assertThat(backoff.waitFor("editor")).isEmpty();
  }

  @Test
  void doublesTheWaitWithEachFurtherFailureUpToTheLimit() {
    for (int i = 0; i < 3; i++) {
      backoff.failed("editor");
    }

    assertThat(backoff.failed("editor")).hasSeconds(1);
    assertThat(backoff.failed("editor")).hasSeconds(2);
    assertThat(backoff.failed("editor")).hasSeconds(4);
    assertThat(backoff.failed("editor")).hasSeconds(8);
    assertThat(backoff.failed("editor")).hasSeconds(10);
    assertThat(backoff.failed("editor")).hasSeconds(10);
  }

  @Test
  void closesTheKeyUntilItsWaitIsOver() {
    for (int i = 0; i < 4; i++) {
      backoff.failed("editor");
    }

    assertThat(backoff.waitFor("editor")).contains(Duration.ofSeconds(1));
    clock.advance(Duration.ofMillis(400));
    assertThat(backoff.waitFor("editor")).contains(Duration.ofMillis(600));
    clock.advance(Duration.ofMillis(600));
    assertThat(backoff.waitFor("editor")).isEmpty();
  }

  @Test
  void keepsKeysApart() {
    for (int i = 0; i < 4; i++) {
      backoff.failed("editor");
    }

    assertThat(backoff.waitFor("reviewer")).isEmpty();
  }

  @Test
  void startsAgainFromZeroAfterAReset() {
    for (int i = 0; i < 5; i++) {
      backoff.failed("editor");
    }

    backoff.reset("editor");

    assertThat(backoff.waitFor("editor")).isEmpty();
    assertThat(backoff.failed("editor")).isZero();
  }

  @Test
  void forgetsFailuresAfterAQuietPeriod() {
    for (int i = 0; i < 5; i++) {
      backoff.failed("editor");
    }

    clock.advance(Duration.ofHours(1).plusSeconds(1));

    assertThat(backoff.waitFor("editor")).isEmpty();
    assertThat(backoff.failed("editor")).as("counting starts again").isZero();
  }

  @Test
  void worksWithTheServersMicrosecondClock() {
    FailureBackoff onServerClock =
        new FailureBackoff(
            0,
            Duration.ofSeconds(1),
            Duration.ofSeconds(10),
            Duration.ofHours(1),
            1000,
            Clock.tick(Clock.systemUTC(), Duration.ofNanos(1000)));

    assertThat(onServerClock.failed("editor")).hasSeconds(1);
    assertThat(onServerClock.waitFor("editor")).isPresent();
  }
}
