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
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.zhanqun.cms.infrastructure.schedule.Outbox;

/**
 * The outbox, the publishing lock and the publish log. Runs use no long transaction: the lock is a
 * MariaDB named lock held by a connection of its own (no transaction, no row locks) for the length
 * of a run, and the outbox is claimed and emptied in short transactions around the build (see
 * {@link PublishOutbox}).
 */
@ApplicationScoped
class PublishRepository {

  /** The MariaDB named lock whose holder writes the output, across instances. */
  static final String LOCK_NAME = "zhanqun.publish";

  @PersistenceContext(unitName = "zhanqun")
  EntityManager em;

  @Resource(lookup = "java:app/jdbc/zhanqun")
  DataSource dataSource;

  /** The JPA hint for a statement's timeout, in milliseconds. */
  private static final String QUERY_TIMEOUT = "jakarta.persistence.query.timeout";

  /** No outbox statement may wait longer than this, for a lock or anything else. */
  private static final int STATEMENT_TIMEOUT_MS = 10_000;

  /** The cluster-wide publishing lock, held until closed. */
  interface PublishingLock extends Outbox.Guard {}

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
   * Marks the oldest {@code limit} outbox entries with {@code token} until {@code until} and
   * returns them, leased or not: only the holder of the publishing lock claims entries, so a lease
   * found here was left by a run that died. Plain reads and an update by id, in the caller's short
   * transaction: publishing and withdrawing, which add entries, never wait for it.
   */
  List<ClaimedChange> claim(int limit, String token, Instant until) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT id, item_id, site_id, reason FROM publish_outbox ORDER BY id LIMIT ?")
            .setParameter(1, limit)
            .setHint(QUERY_TIMEOUT, STATEMENT_TIMEOUT_MS)
            .getResultList();
    List<ClaimedChange> claimed =
        rows.stream()
            .map(
                row ->
                    new ClaimedChange(
                        ((Number) row[0]).longValue(),
                        row[1] == null ? null : ((Number) row[1]).longValue(),
                        (String) row[2],
                        (String) row[3]))
            .toList();
    List<Long> ids = claimed.stream().map(ClaimedChange::entryId).toList();
    for (int from = 0; from < ids.size(); from += 1000) {
      em.createNativeQuery(
              "UPDATE publish_outbox SET claim = ?, claimed_until = ? WHERE id IN ("
                  + String.join(
                      ",",
                      ids.subList(from, Math.min(ids.size(), from + 1000)).stream()
                          .map(String::valueOf)
                          .toList())
                  + ")")
          .setParameter(1, token)
          .setParameter(2, Timestamp.from(until))
          .setHint(QUERY_TIMEOUT, STATEMENT_TIMEOUT_MS)
          .executeUpdate();
    }
    return claimed;
  }

  /** Deletes the entries a claim published. Until then a crash leaves them for the next run. */
  void removeClaimed(String token) {
    em.createNativeQuery("DELETE FROM publish_outbox WHERE claim = ?")
        .setParameter(1, token)
        .setHint(QUERY_TIMEOUT, STATEMENT_TIMEOUT_MS)
        .executeUpdate();
  }

  /** Frees the entries of a claim whose run failed. */
  void releaseClaimed(String token) {
    em.createNativeQuery(
            "UPDATE publish_outbox SET claim = NULL, claimed_until = NULL WHERE claim = ?")
        .setParameter(1, token)
        .setHint(QUERY_TIMEOUT, STATEMENT_TIMEOUT_MS)
        .executeUpdate();
  }

  /** Records a run in a short transaction of its own, assigning its id. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  PublishRun record(PublishRun run) {
    add(run);
    return run;
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

  Optional<PreviewToken> previewToken(String hash) {
    return Optional.ofNullable(em.find(PreviewToken.class, hash));
  }

  void removePreviewTokensExpiredBefore(Instant now) {
    em.createQuery("DELETE FROM PreviewToken t WHERE t.expiresAt < :now")
        .setParameter("now", now)
        .executeUpdate();
  }

  long runCount() {
    return em.createQuery("SELECT COUNT(r) FROM PublishRun r", Long.class).getSingleResult();
  }
}
