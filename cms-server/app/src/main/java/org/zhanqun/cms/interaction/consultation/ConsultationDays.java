package org.zhanqun.cms.interaction.consultation;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Publishes the pages of consultations on the days they open and close: the static page shows the
 * opinion form only while a consultation is open, and no content change would otherwise rebuild it.
 * Looks every quarter of an hour whether the cluster's day has changed.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class ConsultationDays {

  private static final Logger LOG = Logger.getLogger(ConsultationDays.class.getName());
  static final Duration EVERY = Duration.ofMinutes(15);

  @Resource ManagedScheduledExecutorService executor;
  @Inject ConsultationService consultations;

  private LocalDate lastDay;
  private ScheduledFuture<?> task;

  @PostConstruct
  void start() {
    task =
        executor.scheduleWithFixedDelay(
            this::check, EVERY.toMillis(), EVERY.toMillis(), TimeUnit.MILLISECONDS);
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }

  private void check() {
    try {
      LocalDate today = consultations.today();
      if (lastDay != null && !today.equals(lastDay)) {
        int sites = consultations.announceDay(today);
        if (sites > 0) {
          LOG.info(() -> "consultations opened or closed: publishing " + sites + " sites' pages");
        }
      }
      lastDay = today;
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "cannot look for consultations opening or closing today", e);
    }
  }
}
