package org.zhanqun.cms.security;

import java.time.Duration;
import java.util.Optional;
import org.zhanqun.cms.infrastructure.error.DomainException;
import org.zhanqun.cms.infrastructure.error.Failure;

/** Too many wrong passwords for this account or from this address: wait before the next try. */
public class TooManyLoginAttemptsException extends DomainException {

  private static final long serialVersionUID = 1L;

  private final Duration wait;

  TooManyLoginAttemptsException(Duration wait) {
    super(
        Failure.TOO_MANY_REQUESTS,
        "too many failed logins; try again in "
            + Math.max(1, (wait.toMillis() + 999) / 1000)
            + " s");
    this.wait = wait;
  }

  @Override
  public Optional<Duration> retryAfter() {
    return Optional.of(wait);
  }
}
