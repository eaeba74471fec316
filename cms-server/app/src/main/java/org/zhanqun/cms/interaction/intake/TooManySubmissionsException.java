package org.zhanqun.cms.interaction.intake;

import java.time.Duration;
import java.util.Optional;
import org.zhanqun.cms.infrastructure.error.DomainException;
import org.zhanqun.cms.infrastructure.error.Failure;

/** Too many submissions or look-ups from this address: wait before the next (429, Retry-After). */
public class TooManySubmissionsException extends DomainException {

  private static final long serialVersionUID = 1L;

  private final Duration wait;

  TooManySubmissionsException(String what, Duration wait) {
    super(
        Failure.TOO_MANY_REQUESTS,
        "too many "
            + what
            + " from your address; try again in "
            + Math.max(1, (wait.toMillis() + 999) / 1000)
            + " s");
    this.wait = wait;
  }

  @Override
  public Optional<Duration> retryAfter() {
    return Optional.of(wait);
  }
}
