package org.zhanqun.cms.search;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorDefinition;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.zhanqun.cms.infrastructure.schedule.RetryPause;

/**
 * Drains the search queue every {@code zhanqun.search.index-interval}, batch after batch while
 * there is more. When Solr cannot be reached the entries stay queued and the indexer pauses, the
 * pause doubling from one second up to a minute; once Solr answers again the queue is drained, so
 * the index catches up with every change made meanwhile. Every instance runs one; the claims
 * ({@link SearchQueue}) give each entry to one of them, and no database transaction stays open
 * while Solr works.
 *
 * <p>The scheduled executor only starts the draining: the batches run on the indexer's own threads
 * ({@value #DRAINERS}), so that a Solr that hangs holds neither a database lock nor the thread the
 * publisher and the publication scheduler are scheduled on.
 *
 * <p>While a backlog lasts (a reindex, Solr back after an outage) a second drainer runs beside the
 * scheduled one, so that Solr analyses two batches at once (it analyses each request on one
 * thread); the claims keep their batches apart.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ManagedExecutorDefinition(name = SearchIndexer.DRAINERS, maxAsync = 2)
public class SearchIndexer {

  /**
   * The indexer's own threads: a Solr request may wait up to its timeout, and the container's
   * scheduled executor, which the publisher and the publication scheduler share, must not wait with
   * it.
   */
  static final String DRAINERS = "java:app/concurrent/SearchIndexing";

  private static final Logger LOG = Logger.getLogger(SearchIndexer.class.getName());
  private static final int EXTRA_DRAINERS = 1;

  @Resource ManagedScheduledExecutorService executor;

  @Resource(lookup = DRAINERS)
  ManagedExecutorService drainers;

  @Inject IndexingService indexing;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "zhanqun.search.index-interval")
  Duration interval;

  @Inject
  @ConfigProperty(name = "zhanqun.search.indexing.enabled")
  boolean enabled;

  private ScheduledFuture<?> task;
  private RetryPause retry;
  private boolean reportedDown;
  private final AtomicInteger extraDrainers = new AtomicInteger();
  private final AtomicBoolean draining = new AtomicBoolean();
  private final Object lock = new Object();

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

  /** On the shared scheduled executor: hands the draining to the indexer's own threads. */
  private void tick() {
    synchronized (lock) {
      if (retry.active()) {
        return;
      }
    }
    if (!draining.compareAndSet(false, true)) {
      return; // the last drain still runs (a backlog, or Solr slow to answer)
    }
    try {
      drainers.execute(this::drain);
    } catch (RejectedExecutionException e) {
      draining.set(false); // shutting down
    }
  }

  private void drain() {
    try {
      drainBatches();
    } finally {
      draining.set(false);
    }
  }

  private void drainBatches() {
    try {
      IndexingService.Batch batch = indexing.indexPending();
      if (batch.full()) {
        startExtraDrainer();
      }
      while (batch.full()) {
        batch = indexing.indexPending();
      }
      synchronized (lock) {
        if (reportedDown) {
          LOG.info("Solr answers again; the search index is catching up");
          reportedDown = false;
        }
        retry.succeeded();
      }
    } catch (SearchUnavailableException e) {
      synchronized (lock) {
        if (!reportedDown) {
          LOG.warning(e.getMessage() + "; index updates stay queued and are retried");
          reportedDown = true;
        }
        retry.failed();
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "search indexing failed; retrying after a pause", e);
      synchronized (lock) {
        retry.failed();
      }
    }
  }

  private void startExtraDrainer() {
    if (extraDrainers.incrementAndGet() > EXTRA_DRAINERS) {
      extraDrainers.decrementAndGet();
      return;
    }
    try {
      drainers.execute(this::extraDrain);
    } catch (RejectedExecutionException e) {
      extraDrainers.decrementAndGet();
    }
  }

  private void extraDrain() {
    try {
      while (indexing.indexPending().full()) {
        // more backlog: next batch
      }
    } catch (RuntimeException e) {
      // The scheduled drainer reports failures and pauses; this one just stops.
      LOG.fine(() -> "extra search drainer stopped: " + e);
    } finally {
      extraDrainers.decrementAndGet();
    }
  }
}
