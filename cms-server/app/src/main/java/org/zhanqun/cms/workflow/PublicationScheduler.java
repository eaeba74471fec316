package org.zhanqun.cms.workflow;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Publishes scheduled items when they are due, checking every {@code zhanqun.scheduler.interval}.
 * The schedule lives in the database, so it survives restarts: an item due while the server was
 * down is published at the first check after start-up.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class PublicationScheduler {

  private static final Logger LOG = Logger.getLogger(PublicationScheduler.class.getName());
  private static final int BATCH = 200;

  @Resource ManagedScheduledExecutorService executor;
  @Inject WorkflowService workflow;

  @Inject
  @ConfigProperty(name = "zhanqun.scheduler.interval")
  Duration interval;

  private ScheduledFuture<?> task;

  @PostConstruct
  void start() {
    task =
        executor.scheduleWithFixedDelay(
            this::publishDue, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }

  private void publishDue() {
    List<Long> due;
    try {
      due = workflow.dueForPublication(BATCH);
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING, "cannot read the scheduled publications; retrying at the next check", e);
      return;
    }
    for (long itemId : due) {
      try {
        workflow.publishIfDue(itemId);
      } catch (RuntimeException e) {
        LOG.log(
            Level.WARNING,
            "scheduled publication of item " + itemId + " failed; retrying at the next check",
            e);
      }
    }
  }
}
