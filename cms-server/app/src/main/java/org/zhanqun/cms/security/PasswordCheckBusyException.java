package org.zhanqun.cms.security;

import java.time.Duration;
import java.util.Optional;
import org.zhanqun.cms.infrastructure.error.DomainException;
import org.zhanqun.cms.infrastructure.error.Failure;

/** Every turn at password hashing is taken and none came free in time: try again shortly. */
public class PasswordCheckBusyException extends DomainException {

  private static final long serialVersionUID = 1L;

  PasswordCheckBusyException() {
    super(Failure.UNAVAILABLE, "the server is busy checking passwords; try again in a second");
  }

  @Override
  public Optional<Duration> retryAfter() {
    return Optional.of(Duration.ofSeconds(1));
  }
}
