package org.zhanqun.cms.publish;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The outbox, the publishing lock and the publish log. Runs use no long transaction: the lock is a
 * MariaDB named lock held by a connection of its own (no transaction, no row locks) for the length
 * of a run, and the outbox is read and emptied in two short transactions around the build.
 */
@ApplicationScoped
class PublishRepository {

  /** The MariaDB named lock whose holder writes the output, across instances. */
  static final String LOCK_NAME = "zhanqun.publish";

  @PersistenceContext(unitName = "zhanqun")
  EntityManager em;

  @Resource(lookup = "java:app/jdbc/zhanqun")
  DataSource dataSource;

  /** The cluster-wide publishing lock, held until closed. */
  interface PublishingLock extends AutoCloseable {
    @Override
    void close();
  }

  /**
   * Takes the cluster-wide publishing lock without waiting: empty when another run (of this or
   * another instance) holds it. Held on a connection of its own outside any transaction, so that
   * nothing else waits for it; released by {@link PublishingLock#close}, and by MariaDB when the
   * connection drops (a crashed instance).
   */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  Optional<PublishingLock> tryLockPublishing() {
    Connection connection = null;
    try {
      connection = dataSource.getConnection();
      boolean taken;
      try (PreparedStatement lock = connection.prepareStatement("SELECT GET_LOCK(?, 0)")) {
        lock.setString(1, LOCK_NAME);
        try (ResultSet result = lock.executeQuery()) {
          taken = result.next() && result.getInt(1) == 1;
        }
      }
      if (!taken) {
        connection.close();
        return Optional.empty();
      }
      Connection held = connection;
      return Optional.of(() -> release(held));
    } catch (SQLException e) {
      closeQuietly(connection);
      throw new IllegalStateException("cannot take the publishing lock: " + e.getMessage(), e);
    }
  }

  private static void release(Connection connection) {
    try (PreparedStatement unlock = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
      unlock.setString(1, LOCK_NAME);
      unlock.executeQuery().close();
    } catch (SQLException e) {
      // closing the connection below releases it as well
    } finally {
      closeQuietly(connection);
    }
  }

  private static void closeQuietly(Connection connection) {
    if (connection != null) {
      try {
        connection.close();
      } catch (SQLException e) {
        // nothing more to release
      }
    }
  }

  void add(OutboxEntry entry) {
    em.persist(entry);
  }

  /**
   * The oldest {@code limit} outbox entries, read in a short transaction of their own that locks
   * nothing (only the holder of the publishing lock claims entries, so no one else takes them):
   * publishing and withdrawing, which add entries, never wait for a run.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  List<ClaimedChange> claim(int limit) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery("SELECT id, item_id, reason FROM publish_outbox ORDER BY id LIMIT ?")
            .setParameter(1, limit)
            .getResultList();
    return rows.stream()
        .map(
            row ->
                new ClaimedChange(
                    ((Number) row[0]).longValue(), ((Number) row[1]).longValue(), (String) row[2]))
        .toList();
  }

  /**
   * Ends a run in one short transaction: deletes the entries it published (by id, locking only
   * those rows) and records it. Until then a crash leaves them for the next run.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  PublishRun finish(List<ClaimedChange> published, PublishRun run) {
    List<Long> ids = published.stream().map(ClaimedChange::entryId).toList();
    for (int from = 0; from < ids.size(); from += 1000) {
      em.createQuery("DELETE FROM OutboxEntry e WHERE e.id IN :ids")
          .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
          .executeUpdate();
    }
    add(run);
    return run;
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
  @Transactional
  long lastRunId() {
    Long id = em.createQuery("SELECT MAX(r.id) FROM PublishRun r", Long.class).getSingleResult();
    return id == null ? 0 : id;
  }

  /** The successful runs after run {@code id} of instances other than {@code instance}. */
  @Transactional
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
