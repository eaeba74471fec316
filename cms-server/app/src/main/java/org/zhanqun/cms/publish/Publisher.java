package org.zhanqun.cms.publish;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorDefinition;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.zhanqun.cms.content.LiveContentChanged;
import org.zhanqun.cms.infrastructure.schedule.OutboxWorker;

/**
 * Drains the publish outbox with an {@link OutboxWorker} every {@code zhanqun.publish.interval},
 * and as soon as a live change commits; starts after the start-up import. An instance's first run
 * builds the whole cluster (rendering only what differs from the published output), so a restart
 * after a crash finishes what the crash interrupted. A failed run is recorded in the publish log
 * and retried after a pause that doubles up to a minute; its outbox entries stay.
 *
 * <p>Runs go on the publisher's own thread ({@value #RUNS}), not on the scheduled executor that
 * other workers share: a build may take a while.
 */
@Singleton
@Startup
@DependsOn("ContentImportOnStart")
@ManagedExecutorDefinition(name = Publisher.RUNS, maxAsync = 1)
public class Publisher {

  /** The publisher's own thread: one run at a time per instance. */
  static final String RUNS = "java:app/concurrent/Publishing";

  private static final Logger LOG = Logger.getLogger(Publisher.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;

  @Resource(lookup = RUNS)
  ManagedExecutorService runs;

  @Inject PublishService publishing;
  @Inject PublishOutbox outbox;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "zhanqun.publish.interval")
  Duration interval;

  @Inject
  @ConfigProperty(name = "zhanqun.publish.enabled")
  boolean enabled;

  private OutboxWorker<ClaimedChange> worker;

  @PostConstruct
  void start() {
    worker =
        new OutboxWorker<>(
            "publisher",
            outbox,
            this::publish,
            new OutboxWorker.Settings(interval, PublishService.BATCH, PublishOutbox.LEASE, 1),
            clock);
    if (enabled) {
      worker.start(scheduler, runs, this::firstBuild);
    }
  }

  @PreDestroy
  void stop() {
    worker.stop();
  }

  /**
   * Publishes as soon as a live change commits, instead of at the next tick: the poll stays for
   * changes of other instances, retries and a wake that comes while a run is under way.
   */
  public void wake(@Observes(during = TransactionPhase.AFTER_SUCCESS) LiveContentChanged change) {
    worker.wake();
  }

  /** As {@link #wake(LiveContentChanged)}, for a site's interaction pages. */
  public void wake(@Observes(during = TransactionPhase.AFTER_SUCCESS) PublicPagesChanged change) {
    worker.wake();
  }

  /** This instance's first run: the whole cluster. False while another run holds the lock. */
  private boolean firstBuild() {
    return recordingFailure(() -> publishing.publishAll("start-up", "first build of this instance"))
        .isPresent();
  }

  private void publish(List<ClaimedChange> claimed) {
    recordingFailure(() -> publishing.publish(claimed));
  }

  /**
   * Runs {@code run}; a failed run is recorded in the publish log before the worker hears of it.
   */
  private <T> T recordingFailure(Supplier<T> run) {
    try {
      return run.get();
    } catch (PublishFailedException e) {
      try {
        publishing.recordFailure(e);
      } catch (RuntimeException logFailure) {
        LOG.log(Level.WARNING, "cannot record the failed run", logFailure);
      }
      throw e;
    }
  }
}
