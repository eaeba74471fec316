package org.zhanqun.cms.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.zhanqun.cms.security.CurrentCaller;

/**
 * Brings the index up to date with the database: indexes the batches the indexer drains from the
 * search queue, and rebuilds the whole index on demand. The index always gets an item's
 * <em>current</em> state, whatever the queued action said: a live item is (re)indexed, anything
 * else (withdrawn, deleted) is removed. So entries may be processed late, twice or out of order
 * without harm.
 */
@ApplicationScoped
public class IndexingService {

  @Inject SearchQueue queue;
  @Inject SearchOutboxRepository rows;
  @Inject SolrGateway solr;
  @Inject CurrentCaller caller;

  /**
   * Creates the Solr collection when it is missing, and then queues every live item for it. Asks
   * Solr once per start of the server.
   *
   * @throws SearchUnavailableException when Solr cannot be reached
   */
  void prepareCollection() {
    if (solr.ensureCollection()) {
      queue.addAllLive("index created");
    }
  }

  /**
   * Sends the current state of the entries' items to Solr in one request, outside any transaction
   * (the items are read in a short one of their own). The indexer claimed the entries and deletes
   * them once this returns, or gives them back when it throws.
   *
   * @throws SearchUnavailableException when Solr cannot be reached
   */
  void index(List<SearchOutboxRepository.Entry> entries) {
    Set<Long> ids = new LinkedHashSet<>();
    entries.forEach(entry -> ids.add(entry.itemId()));
    SearchQueue.Changes changes = queue.changes(ids);
    solr.update(changes.documents(), changes.deleted());
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
