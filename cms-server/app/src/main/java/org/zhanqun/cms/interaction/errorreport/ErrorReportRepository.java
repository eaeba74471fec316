package org.zhanqun.cms.interaction.errorreport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The queries of error reports and their steps. */
@ApplicationScoped
class ErrorReportRepository {

  @PersistenceContext(unitName = "zhanqun")
  EntityManager em;

  void add(ErrorReport report) {
    em.persist(report);
    em.flush();
  }

  void add(ErrorReportStep step) {
    em.persist(step);
  }

  void flush() {
    em.flush();
  }

  Optional<ErrorReport> find(long id) {
    return Optional.ofNullable(em.find(ErrorReport.class, id));
  }

  /** The report, locked against a concurrent forward or answer until the transaction ends. */
  Optional<ErrorReport> findForUpdate(long id) {
    return Optional.ofNullable(em.find(ErrorReport.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  /**
   * The reports of the site (every site's, for null) in the status (any, for null), newest first.
   */
  List<ErrorReport> list(String siteId, ErrorReportStatus status) {
    String where =
        (siteId == null ? "" : " AND r.siteId = :site")
            + (status == null ? "" : " AND r.status = :status");
    TypedQuery<ErrorReport> query =
        em.createQuery(
            "SELECT r FROM ErrorReport r WHERE 1 = 1"
                + where
                + " ORDER BY r.receivedAt DESC, r.id DESC",
            ErrorReport.class);
    if (siteId != null) {
      query.setParameter("site", siteId);
    }
    if (status != null) {
      query.setParameter("status", status);
    }
    return query.getResultList();
  }

  List<ErrorReportStep> steps(long reportId) {
    return em.createQuery(
            "SELECT s FROM ErrorReportStep s WHERE s.reportId = :id ORDER BY s.at, s.id",
            ErrorReportStep.class)
        .setParameter("id", reportId)
        .getResultList();
  }

  /** Sets the contact to null on up to {@code limit} reports answered before the cutoff. */
  int purgeContacts(Instant cutoff, int limit) {
    return em.createNativeQuery(
            "UPDATE error_report SET contact_sealed = NULL"
                + " WHERE answered_at < ? AND contact_sealed IS NOT NULL LIMIT ?")
        .setParameter(1, Timestamp.from(cutoff))
        .setParameter(2, limit)
        .executeUpdate();
  }
}
