package org.zhanqun.cms.interaction.consultation;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Forgets the name and contact of opinions received longer ago than the retention period; the
 * opinion itself (text, date) stays for the count and the result. Runs a minute after start and
 * then daily, in batches of {@value ConsultationService#PURGE_BATCH}, with the letters' key {@code
 * zhanqun.interaction.retention} ({@code P2Y} by default).
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class OpinionRetention {

  private static final Logger LOG = Logger.getLogger(OpinionRetention.class.getName());

  static final Duration FIRST_RUN = Duration.ofMinutes(1);
  static final Duration EVERY = Duration.ofDays(1);

  @Resource ManagedScheduledExecutorService executor;
  @Inject ConsultationService consultations;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "zhanqun.interaction.retention", defaultValue = "P2Y")
  String retention;

  private Period period;
  private ScheduledFuture<?> task;

  @PostConstruct
  void start() {
    period = Period.parse(retention.strip());
    if (period.isNegative() || period.isZero()) {
      throw new IllegalArgumentException(
          "zhanqun.interaction.retention must be a positive period such as P2Y, not " + retention);
    }
    task =
        executor.scheduleWithFixedDelay(
            this::purgeDue, FIRST_RUN.toMillis(), EVERY.toMillis(), TimeUnit.MILLISECONDS);
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }

  private void purgeDue() {
    try {
      Instant cutoff = clock.instant().atZone(ZoneOffset.UTC).minus(period).toInstant();
      int total = 0;
      int purged;
      do {
        purged = consultations.purgePersonalData(cutoff);
        total += purged;
      } while (purged == ConsultationService.PURGE_BATCH);
      if (total > 0) {
        int count = total;
        LOG.info(() -> "purged the personal data of " + count + " opinions past " + period);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "purging the personal data of opinions failed; retrying tomorrow", e);
    }
  }
}
