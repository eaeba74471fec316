package org.zhanqun.cms.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.solr.common.SolrInputDocument;
import org.zhanqun.cms.content.LiveContentService;
import org.zhanqun.cms.content.LiveItem;
import org.zhanqun.cms.site.SiteService;

/**
 * The indexer's database steps, each in a short transaction of its own ({@code REQUIRES_NEW}), so
 * that no transaction is open while Solr works: claim a batch (a lease with an expiry), read its
 * items' current state, then delete the batch once Solr has it, or release it when Solr failed. A
 * claim is never held by a row lock beyond its own short transaction, so publishing (which inserts
 * queue rows) never waits for Solr.
 */
@ApplicationScoped
class SearchQueue {

  /** Claimed entries and the token that owns them until {@code until}. */
  record Claim(String token, Instant until, List<SearchOutboxRepository.Entry> entries) {

    boolean isEmpty() {
      return entries.isEmpty();
    }
  }

  /** What the index must get for some items: documents of the live ones, ids of the others. */
  record Changes(List<SolrInputDocument> documents, List<String> deleted) {}

  @Inject SearchOutboxRepository rows;
  @Inject LiveContentService content;
  @Inject SiteService sites;
  @Inject Clock clock;

  /**
   * Claims up to {@code limit} entries, oldest first, that nobody holds (or whose lease expired),
   * for {@code lease}.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  Claim claim(int limit, Duration lease) {
    Instant now = clock.instant();
    String token = UUID.randomUUID().toString();
    Instant until = now.plus(lease);
    List<SearchOutboxRepository.Entry> entries = rows.claim(limit, token, now, until);
    return new Claim(token, until, entries);
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

  /** Deletes the claim's entries: Solr has their items' state. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  void done(Claim claim) {
    rows.remove(claim.token());
  }

  /** Gives the claim's entries back for the next attempt. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  void release(Claim claim) {
    rows.release(claim.token());
  }

  /** Queues every live item; returns how many. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  int addAllLive(String reason) {
    return rows.addAllLive(reason, clock.instant());
  }
}
