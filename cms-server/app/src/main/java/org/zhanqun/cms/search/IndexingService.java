package org.zhanqun.cms.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.zhanqun.cms.security.CurrentCaller;

/**
 * Brings the index up to date with the database: drains the search queue in batches, and rebuilds
 * the whole index on demand. The index always gets an item's <em>current</em> state, whatever the
 * queued action said: a live item is (re)indexed, anything else (withdrawn, deleted) is removed. So
 * entries may be processed late, twice or out of order without harm.
 */
@ApplicationScoped
public class IndexingService {

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

  @Inject SearchQueue queue;
  @Inject SearchOutboxRepository rows;
  @Inject SolrGateway solr;
  @Inject CurrentCaller caller;

  /**
   * What a drained batch did.
   *
   * @param full it took as many entries as a batch holds: more are probably waiting
   */
  record Batch(int claimed, int indexed, int removed, boolean full) {}

  /**
   * Claims up to {@code zhanqun.search.batch-size} queued entries (a short transaction), sends
   * their items' current state to Solr in one request outside any transaction, then deletes the
   * entries (another short one). When Solr fails the claim is given back and the entries stay
   * queued for the next attempt; when this instance dies meanwhile, its claim expires after {@code
   * zhanqun.search.claim-lease} and another indexer takes the entries. They are never lost, and no
   * database lock is held while Solr works: a hung Solr cannot stall a publication.
   *
   * @throws SearchUnavailableException when Solr cannot be reached (the entries stay queued)
   */
  public Batch indexPending() {
    if (solr.ensureCollection()) {
      queue.addAllLive("index created");
    }
    SearchQueue.Claim claim = queue.claim(batchSize, claimLease);
    if (claim.isEmpty()) {
      return new Batch(0, 0, 0, false);
    }
    Set<Long> ids = new LinkedHashSet<>();
    claim.entries().forEach(entry -> ids.add(entry.itemId()));
    Batch batch;
    try {
      batch = send(ids, claim.entries().size());
    } catch (RuntimeException e) {
      queue.release(claim);
      throw e;
    }
    queue.done(claim);
    return batch;
  }

  private Batch send(Set<Long> ids, int claimed) {
    SearchQueue.Changes changes = queue.changes(ids);
    solr.update(changes.documents(), changes.deleted());
    return new Batch(
        claimed, changes.documents().size(), changes.deleted().size(), claimed == batchSize);
  }

  /**
   * Queues every live item for indexing (administrators only); the indexer sends them in batches.
   * Documents of items that are no longer live are removed as their entries come up, or at once
   * with {@code clear} (the index is then empty until the queue is drained).
   *
   * @return how many items were queued
   */
  public int reindex(boolean clear) {
    caller.requireAdministrator();
    if (clear) {
      solr.deleteAll(); // outside any transaction, as every Solr call
    }
    return queue.addAllLive("reindex");
  }

  /** How many changes wait for the index. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public long pending() {
    return rows.pendingCount();
  }
}
