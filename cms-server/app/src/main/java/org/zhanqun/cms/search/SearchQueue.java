package org.zhanqun.cms.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.solr.common.SolrInputDocument;
import org.zhanqun.cms.content.LiveContentService;
import org.zhanqun.cms.content.LiveItem;
import org.zhanqun.cms.infrastructure.schedule.Outbox;
import org.zhanqun.cms.infrastructure.schedule.OutboxLease;
import org.zhanqun.cms.site.SiteService;

/**
 * The search queue ({@code search_outbox}) as the indexer's {@link Outbox}, and the indexer's other
 * database steps, each in a short transaction of its own ({@code REQUIRES_NEW}), so that no
 * transaction is open while Solr works: claim a batch (a lease with an expiry), read its items'
 * current state, then delete the batch once Solr has it, or release it when Solr failed. A claim is
 * never held by a row lock beyond its own short transaction, so publishing (which inserts queue
 * rows) never waits for Solr; concurrent claims (two drains, two instances) skip each other's rows.
 */
@ApplicationScoped
class SearchQueue implements Outbox<SearchOutboxRepository.Entry> {

  /** What the index must get for some items: documents of the live ones, ids of the others. */
  record Changes(List<SolrInputDocument> documents, List<String> deleted) {}

  @Inject SearchOutboxRepository rows;
  @Inject LiveContentService content;
  @Inject SiteService sites;
  @Inject Clock clock;

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<SearchOutboxRepository.Entry> claim(int limit, OutboxLease lease) {
    return rows.claim(limit, lease.token(), lease.taken(), lease.until());
  }

  /** Deletes the claim's entries: Solr has their items' state. */
  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void remove(OutboxLease lease) {
    rows.remove(lease.token());
  }

  /** Gives the claim's entries back for the next attempt. */
  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void release(OutboxLease lease) {
    rows.release(lease.token());
  }

  /**
   * The items' current state for the index, read in a short read-only transaction of its own (not
   * with the container's transaction-less entity manager, which a managed executor's thread must
   * not use): a document per live item, the id of every other one.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  Changes changes(Set<Long> ids) {
    ClusterLayout layout =
        ClusterLayout.of(sites.clusterSettings(), sites.allSites(), sites.allColumns());
    Map<Long, LiveItem> live =
        content.liveItems(ids).stream()
            .collect(Collectors.toMap(LiveItem::id, Function.identity()));
    List<SolrInputDocument> documents = new ArrayList<>();
    List<String> deleted = new ArrayList<>();
    for (long id : ids) {
      LiveItem item = live.get(id);
      SolrInputDocument document =
          item == null ? null : SearchDocuments.of(item, layout).orElse(null);
      if (document == null) {
        deleted.add(Long.toString(id));
      } else {
        documents.add(document);
      }
    }
    return new Changes(documents, deleted);
  }

  /** Queues every live item; returns how many. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  int addAllLive(String reason) {
    return rows.addAllLive(reason, clock.instant());
  }
}
