package org.zhanqun.cms.interaction;

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
import java.util.function.IntSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.zhanqun.cms.interaction.consultation.ConsultationService;
import org.zhanqun.cms.interaction.errorreport.ErrorReportService;

/**
 * Purges the public's personal data past {@code zhanqun.interaction.retention} (a period, {@code
 * P2Y} by default), once a minute after start and then daily, in batches: of letters closed or
 * rejected that long ago (each purge recorded as a step), of consultation opinions received and of
 * error reports answered that long ago. What stays (a letter's subject, text, reply and dates; an
 * opinion's text; a report's URL and steps) serves the statistics, the counts and the audit.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class PersonalDataRetention {

  private static final Logger LOG = Logger.getLogger(PersonalDataRetention.class.getName());

  static final Duration FIRST_RUN = Duration.ofMinutes(1);
  static final Duration EVERY = Duration.ofDays(1);

  @Resource ManagedScheduledExecutorService executor;
  @Inject LetterRetentionService letters;
  @Inject ConsultationService consultations;
  @Inject ErrorReportService reports;
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
    Instant cutoff = clock.instant().atZone(ZoneOffset.UTC).minus(period).toInstant();
    purge("letters", () -> letters.purgeOlderThan(period));
    purge(
        "opinions",
        () ->
            inBatches(
                () -> consultations.purgePersonalData(cutoff), ConsultationService.PURGE_BATCH));
    purge(
        "error reports",
        () -> inBatches(() -> reports.purgePersonalData(cutoff), ErrorReportService.PURGE_BATCH));
  }

  /** One kind's purge; a failure is logged and retried tomorrow without stopping the others. */
  private void purge(String what, IntSupplier purge) {
    try {
      int purged = purge.getAsInt();
      if (purged > 0) {
        LOG.info(() -> "purged the personal data of " + purged + " " + what + " past " + period);
      }
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING, "purging the personal data of " + what + " failed; retrying tomorrow", e);
    }
  }

  /** Calls {@code batch} until a batch purges fewer than {@code size}; how many in all. */
  private static int inBatches(IntSupplier batch, int size) {
    int total = 0;
    int purged;
    do {
      purged = batch.getAsInt();
      total += purged;
    } while (purged == size);
    return total;
  }
}
