package org.zhanqun.cms.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;

/**
 * The one clock the server reads time from, so that publication times are the server's and never
 * the client's.
 */
@ApplicationScoped
public class ClockProducer {

  @Produces
  @ApplicationScoped
  Clock clock() {
    // MariaDB keeps microseconds: a time the API answers with must equal the one read back later
    return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1000));
  }
}
