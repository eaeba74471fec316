package org.zhanqun.cms.interaction;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Period;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Purges the personal data of letters closed or rejected longer ago than {@code
 * zhanqun.interaction.retention} (a period, {@code P2Y} by default): once a minute after start and
 * then daily, in batches, each purge recorded as a step. The letter itself (subject, text, reply,
 * dates) stays for the statistics and the audit.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class LetterRetention {

  private static final Logger LOG = Logger.getLogger(LetterRetention.class.getName());

  static final Duration FIRST_RUN = Duration.ofMinutes(1);
  static final Duration EVERY = Duration.ofDays(1);

  @Resource ManagedScheduledExecutorService executor;
  @Inject LetterRetentionService purge;

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
      int purged = purge.purgeOlderThan(period);
      if (purged > 0) {
        LOG.info(() -> "purged the personal data of " + purged + " letters past " + period);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "purging letters' personal data failed; retrying tomorrow", e);
    }
  }
}
