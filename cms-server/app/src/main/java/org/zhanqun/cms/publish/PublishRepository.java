package org.zhanqun.cms.publish;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The outbox and the publish log. */
@ApplicationScoped
class PublishRepository {

  @PersistenceContext(unitName = "zhanqun")
  EntityManager em;

  /**
   * Takes the cluster-wide publishing lock for this transaction, without waiting; false when
   * another transaction (another instance's run) holds it. Commit or rollback releases it.
   */
  boolean tryLockPublishing() {
    return !em.createNativeQuery("SELECT id FROM publish_lock WHERE id = 1 FOR UPDATE SKIP LOCKED")
        .getResultList()
        .isEmpty();
  }

  void add(OutboxEntry entry) {
    em.persist(entry);
  }

  /**
   * Locks up to {@code limit} outbox entries for this transaction, oldest first, skipping those
   * another transaction (another instance's publisher) holds: each entry is published by one run.
   */
  List<ClaimedChange> claim(int limit) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT id, item_id, reason FROM publish_outbox ORDER BY id LIMIT ?"
                    + " FOR UPDATE SKIP LOCKED")
            .setParameter(1, limit)
            .getResultList();
    return rows.stream()
        .map(
            row ->
                new ClaimedChange(
                    ((Number) row[0]).longValue(), ((Number) row[1]).longValue(), (String) row[2]))
        .toList();
  }

  /** Deletes claimed entries: their changes are published. */
  void remove(List<ClaimedChange> entries) {
    List<Long> ids = entries.stream().map(ClaimedChange::entryId).toList();
    for (int from = 0; from < ids.size(); from += 1000) {
      em.createQuery("DELETE FROM OutboxEntry e WHERE e.id IN :ids")
          .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
          .executeUpdate();
    }
  }

  long pendingCount() {
    return em.createQuery("SELECT COUNT(e) FROM OutboxEntry e", Long.class).getSingleResult();
  }

  /** Stores the run and assigns its id, which its view shows. */
  void add(PublishRun run) {
    em.persist(run);
    em.flush();
  }

  /** The id of the newest run, 0 when there is none. */
  long lastRunId() {
    Long id = em.createQuery("SELECT MAX(r.id) FROM PublishRun r", Long.class).getSingleResult();
    return id == null ? 0 : id;
  }

  /** The successful runs after run {@code id} of instances other than {@code instance}. */
  List<PublishRun> publishedRunsAfter(long id, String instance) {
    return em.createQuery(
            "SELECT r FROM PublishRun r WHERE r.id > :id AND r.instance <> :instance"
                + " AND r.outcome = 'published' ORDER BY r.id",
            PublishRun.class)
        .setParameter("id", id)
        .setParameter("instance", instance)
        .getResultList();
  }

  /** The newest runs first. */
  List<PublishRun> runs(int page, int size) {
    return em.createQuery("SELECT r FROM PublishRun r ORDER BY r.id DESC", PublishRun.class)
        .setFirstResult(page * size)
        .setMaxResults(size)
        .getResultList();
  }

  void add(PreviewToken token) {
    em.persist(token);
  }

  java.util.Optional<PreviewToken> previewToken(String hash) {
    return java.util.Optional.ofNullable(em.find(PreviewToken.class, hash));
  }

  void removePreviewTokensExpiredBefore(java.time.Instant now) {
    em.createQuery("DELETE FROM PreviewToken t WHERE t.expiresAt < :now")
        .setParameter("now", now)
        .executeUpdate();
  }

  long runCount() {
    return em.createQuery("SELECT COUNT(r) FROM PublishRun r", Long.class).getSingleResult();
  }
}
