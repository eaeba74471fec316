package org.zhanqun.cms.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/** The search index queue ({@code search_outbox}), in native SQL. */
@ApplicationScoped
class SearchOutboxRepository {

  /** One queued change: the row and the item it concerns. */
  record Entry(long id, long itemId) {}

  @PersistenceContext(unitName = "zhanqun")
  EntityManager em;

  void add(long itemId, String reason, Instant at) {
    em.createNativeQuery("INSERT INTO search_outbox (item_id, reason, created_at) VALUES (?, ?, ?)")
        .setParameter(1, itemId)
        .setParameter(2, reason)
        .setParameter(3, java.sql.Timestamp.from(at))
        .executeUpdate();
  }

  /**
   * Locks up to {@code limit} entries for this transaction, oldest first, skipping those another
   * transaction (another instance's indexer) holds.
   */
  List<Entry> claim(int limit) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT id, item_id FROM search_outbox ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED")
            .setParameter(1, limit)
            .getResultList();
    return rows.stream()
        .map(row -> new Entry(((Number) row[0]).longValue(), ((Number) row[1]).longValue()))
        .toList();
  }

  void remove(List<Entry> entries) {
    if (entries.isEmpty()) {
      return;
    }
    em.createNativeQuery(
            "DELETE FROM search_outbox WHERE id IN ("
                + String.join(",", entries.stream().map(e -> Long.toString(e.id())).toList())
                + ")")
        .executeUpdate();
  }

  /** Queues every live item; returns how many. */
  int addAllLive(String reason, Instant at) {
    return em.createNativeQuery(
            "INSERT INTO search_outbox (item_id, reason, created_at)"
                + " SELECT id, ?, ? FROM content_item WHERE live_revision IS NOT NULL ORDER BY id")
        .setParameter(1, reason)
        .setParameter(2, java.sql.Timestamp.from(at))
        .executeUpdate();
  }

  long pendingCount() {
    return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM search_outbox").getSingleResult())
        .longValue();
  }
}
