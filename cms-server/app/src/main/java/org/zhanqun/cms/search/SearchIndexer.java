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
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.zhanqun.cms.content.ItemDeleted;
import org.zhanqun.cms.content.LiveContentChanged;
import org.zhanqun.cms.infrastructure.schedule.OutboxWorker;

/**
 * Drains the search queue into Solr with an {@link OutboxWorker}: every {@code
 * zhanqun.search.index-interval} and as soon as a change to live content commits, batch after batch
 * while there is more. When Solr cannot be reached the entries stay queued and the indexer pauses,
 * the pause doubling from one second up to a minute; once Solr answers again the queue is drained,
 * so the index catches up with every change made meanwhile. Every instance runs one; the claims
 * ({@link SearchQueue}) give each entry to one of them, and no database transaction stays open
 * while Solr works.
 *
 * <p>The batches run on the indexer's own threads ({@value #DRAINERS}), so that a Solr that hangs
 * holds neither a database lock nor the threads the publisher and the publication scheduler are
 * scheduled on. While a backlog lasts (a reindex, Solr back after an outage) two batches run at
 * once, so that Solr analyses two at a time (it analyses each request on one thread).
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ManagedExecutorDefinition(name = SearchIndexer.DRAINERS, maxAsync = SearchIndexer.DRAINS)
public class SearchIndexer {

  /**
   * The indexer's own threads: a Solr request may wait up to its timeout, and the container's
   * scheduled executor, which the publisher and the publication scheduler share, must not wait with
   * it.
   */
  static final String DRAINERS = "java:app/concurrent/SearchIndexing";

  /** Batches sent to Solr at once during a backlog. */
  static final int DRAINS = 2;

  @Resource ManagedScheduledExecutorService scheduler;

  @Resource(lookup = DRAINERS)
  ManagedExecutorService drainers;

  @Inject SearchQueue queue;
  @Inject IndexingService indexing;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "zhanqun.search.index-interval")
  Duration interval;

  @Inject
  @ConfigProperty(name = "zhanqun.search.indexing.enabled")
  boolean enabled;

  /** Items per Solr request and per transaction. */
  @Inject
  @ConfigProperty(name = "zhanqun.search.batch-size")
  int batchSize;

  /**
   * How long a claimed batch is this instance's: past it, another indexer takes the batch again
   * (this one crashed or hangs). Longer than a Solr request may take.
   */
  @Inject
  @ConfigProperty(name = "zhanqun.search.claim-lease")
  Duration claimLease;

  private OutboxWorker<SearchOutboxRepository.Entry> worker;

  @PostConstruct
  void start() {
    worker =
        new OutboxWorker<>(
            "search indexer",
            queue,
            indexing::index,
            new OutboxWorker.Settings(interval, batchSize, claimLease, DRAINS),
            clock);
    if (enabled) {
      worker.start(
          scheduler,
          drainers,
          () -> {
            indexing.prepareCollection();
            return true;
          });
    }
  }

  @PreDestroy
  void stop() {
    worker.stop();
  }

  /** Indexes a committed change to live content at once instead of at the next interval. */
  public void wake(@Observes(during = TransactionPhase.AFTER_SUCCESS) LiveContentChanged change) {
    worker.wake();
  }

  /** Removes a committed deletion from the index at once instead of at the next interval. */
  public void wake(@Observes(during = TransactionPhase.AFTER_SUCCESS) ItemDeleted deletion) {
    worker.wake();
  }
}
