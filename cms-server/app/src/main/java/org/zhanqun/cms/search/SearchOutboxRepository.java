package org.zhanqun.cms.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * The search index queue ({@code search_outbox}), in native SQL. Each statement is bounded by a
 * timeout of its own; the callers ({@link SearchQueue}) keep their transactions short.
 */
@ApplicationScoped
class SearchOutboxRepository {

  /** One queued change: the row and the item it concerns. */
  record Entry(long id, long itemId) {}

  /** The JPA hint for a statement's timeout, in milliseconds. */
  private static final String QUERY_TIMEOUT = "jakarta.persistence.query.timeout";

  /** No queue statement may wait longer than this, for a lock or anything else. */
  private static final int STATEMENT_TIMEOUT_MS = 10_000;

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
   * Claims up to {@code limit} entries, oldest first, that no claim holds or whose claim expired
   * before {@code now}: marks them with {@code token} until {@code until} and returns them. The row
   * locks last only as long as the caller's (short) transaction; rows another transaction is
   * claiming at the same moment are skipped.
   */
  List<Entry> claim(int limit, String token, Instant now, Instant until) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT id, item_id FROM search_outbox"
                    + " WHERE claimed_until IS NULL OR claimed_until < ?"
                    + " ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED")
            .setParameter(1, java.sql.Timestamp.from(now))
            .setParameter(2, limit)
            .setHint(QUERY_TIMEOUT, STATEMENT_TIMEOUT_MS)
            .getResultList();
    List<Entry> entries =
        rows.stream()
            .map(row -> new Entry(((Number) row[0]).longValue(), ((Number) row[1]).longValue()))
            .toList();
    if (!entries.isEmpty()) {
      em.createNativeQuery(
              "UPDATE search_outbox SET claim = ?, claimed_until = ? WHERE id IN ("
                  + ids(entries)
                  + ")")
          .setParameter(1, token)
          .setParameter(2, java.sql.Timestamp.from(until))
          .setHint(QUERY_TIMEOUT, STATEMENT_TIMEOUT_MS)
          .executeUpdate();
    }
    return entries;
  }

  /** Deletes the entries of a claim (those another indexer took over after expiry stay). */
  void remove(String token) {
    em.createNativeQuery("DELETE FROM search_outbox WHERE claim = ?")
        .setParameter(1, token)
        .setHint(QUERY_TIMEOUT, STATEMENT_TIMEOUT_MS)
        .executeUpdate();
  }

  /** Frees the entries of a claim for the next attempt. */
  void release(String token) {
    em.createNativeQuery(
            "UPDATE search_outbox SET claim = NULL, claimed_until = NULL WHERE claim = ?")
        .setParameter(1, token)
        .setHint(QUERY_TIMEOUT, STATEMENT_TIMEOUT_MS)
        .executeUpdate();
  }

  private static String ids(List<Entry> entries) {
    return String.join(",", entries.stream().map(e -> Long.toString(e.id())).toList());
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
