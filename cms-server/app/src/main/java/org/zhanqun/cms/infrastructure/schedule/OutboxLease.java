package org.zhanqun.cms.infrastructure.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A claim's token and how long the entries it marks are its own: past {@code until} another worker
 * may claim them again (the first crashed or hangs).
 *
 * @param token unique to one claim, 36 characters
 * @param taken when it was claimed
 * @param until when it lapses, after {@code taken}
 */
public record OutboxLease(String token, Instant taken, Instant until) {

  /** A new lease of {@code length} from now. */
  public static OutboxLease take(Clock clock, Duration length) {
    Instant now = clock.instant();
    return new OutboxLease(UUID.randomUUID().toString(), now, now.plus(length));
  }
}
