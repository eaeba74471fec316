package org.zhanqun.cms.publish;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.zhanqun.cms.content.LiveContentChanged;
import org.zhanqun.cms.infrastructure.schedule.RetryPause;

/**
 * Drains the outbox every {@code zhanqun.publish.interval}; starts after the start-up import. An
 * instance's first run builds the whole cluster (rendering only what differs from the published
 * output), so a restart after a crash finishes what the crash interrupted. A failed run is logged
 * and retried after a pause that doubles up to a minute; its outbox entries stay. A committed live
 * change wakes it at once.
 */
@Singleton
@Startup
@DependsOn("ContentImportOnStart")
public class Publisher {

  private static final Logger LOG = Logger.getLogger(Publisher.class.getName());

  @Resource ManagedScheduledExecutorService executor;
  @Inject PublishService publishing;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "zhanqun.publish.interval")
  Duration interval;

  @Inject
  @ConfigProperty(name = "zhanqun.publish.enabled")
  boolean enabled;

  private ScheduledFuture<?> task;
  private final ReentrantLock running = new ReentrantLock();
  private final AtomicBoolean wanted = new AtomicBoolean();
  private volatile boolean builtOnce;
  private RetryPause retry;

  @PostConstruct
  void start() {
    retry = new RetryPause(clock);
    if (enabled) {
      task =
          executor.scheduleWithFixedDelay(
              this::tick, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }

  /**
   * Publishes as soon as a live change commits, instead of at the next tick: the poll stays for
   * changes of other instances, retries and a wake that comes while a run is under way.
   */
  public void wake(@Observes(during = TransactionPhase.AFTER_SUCCESS) LiveContentChanged change) {
    if (enabled && builtOnce && wanted.compareAndSet(false, true)) {
      executor.execute(this::tick);
    }
  }

  private void tick() {
    if (!running.tryLock()) {
      return; // a run is under way (a tick and a wake at once); it drains the outbox
    }
    try {
      do {
        wanted.set(false);
        runOnce();
      } while (wanted.get() && !retry.active());
    } finally {
      running.unlock();
    }
  }

  private void runOnce() {
    if (retry.active()) {
      return;
    }
    try {
      if (!builtOnce) {
        builtOnce = publishing.publishAll("start-up", "first build of this instance").isPresent();
      } else {
        publishing.publishPending();
      }
      retry.succeeded();
    } catch (PublishFailedException e) {
      LOG.log(Level.WARNING, e.getMessage(), e);
      try {
        publishing.recordFailure(e);
      } catch (RuntimeException logFailure) {
        LOG.log(Level.WARNING, "cannot record the failed run", logFailure);
      }
      retry.failed();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "publishing failed; retrying after a pause", e);
      retry.failed();
    }
  }
}
