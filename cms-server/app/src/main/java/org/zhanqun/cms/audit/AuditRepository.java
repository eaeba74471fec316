package org.zhanqun.cms.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The stored audit runs. */
@ApplicationScoped
class AuditRepository {

  @PersistenceContext(unitName = "zhanqun")
  EntityManager em;

  /** Stores the run and assigns its id. */
  void add(AuditRun run) {
    em.persist(run);
    em.flush();
  }

  Optional<AuditRun> find(long id) {
    return Optional.ofNullable(em.find(AuditRun.class, id));
  }

  /** The runs queued or running (on any server). */
  List<AuditRun> unfinished() {
    return em.createQuery(
            "SELECT r FROM AuditRun r WHERE r.status IN"
                + " (org.zhanqun.cms.audit.AuditRunStatus.QUEUED,"
                + " org.zhanqun.cms.audit.AuditRunStatus.RUNNING)",
            AuditRun.class)
        .getResultList();
  }

  /** The newest runs first (by as-of date, then by id). */
  List<AuditRun> runs(int page, int size) {
    return em.createQuery(
            "SELECT r FROM AuditRun r ORDER BY r.asOf DESC, r.id DESC", AuditRun.class)
        .setFirstResult(page * size)
        .setMaxResults(size)
        .getResultList();
  }

  long count() {
    return em.createQuery("SELECT COUNT(r) FROM AuditRun r", Long.class).getSingleResult();
  }

  /**
   * The finished runs that audited {@code siteId}, alone or with the whole cluster, oldest first:
   * the history its trend is drawn from.
   */
  List<AuditRun> runsCovering(String siteId) {
    return em.createQuery(
            "SELECT r FROM AuditRun r WHERE (r.siteId IS NULL OR r.siteId = :site)"
                + " AND r.status = org.zhanqun.cms.audit.AuditRunStatus.DONE"
                + " ORDER BY r.asOf, r.id",
            AuditRun.class)
        .setParameter("site", siteId)
        .getResultList();
  }

  /** The finished whole-cluster runs, oldest first. */
  List<AuditRun> clusterRuns() {
    return em.createQuery(
            "SELECT r FROM AuditRun r WHERE r.siteId IS NULL"
                + " AND r.status = org.zhanqun.cms.audit.AuditRunStatus.DONE"
                + " ORDER BY r.asOf, r.id",
            AuditRun.class)
        .getResultList();
  }
}
