package org.zhanqun.cms.interaction.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The queries of consultations and their opinions. */
@ApplicationScoped
class ConsultationRepository {

  @PersistenceContext(unitName = "zhanqun")
  EntityManager em;

  void add(Consultation consultation) {
    em.persist(consultation);
    em.flush();
  }

  void add(Opinion opinion) {
    em.persist(opinion);
    em.flush();
  }

  void flush() {
    em.flush();
  }

  Optional<Consultation> find(long id) {
    return Optional.ofNullable(em.find(Consultation.class, id));
  }

  /** The consultation, locked against a concurrent result or edit until the transaction ends. */
  Optional<Consultation> findForUpdate(long id) {
    return Optional.ofNullable(em.find(Consultation.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  Optional<Consultation> find(String siteId, String code) {
    return em.createQuery(
            "SELECT c FROM Consultation c WHERE c.siteId = :site AND c.code = :code",
            Consultation.class)
        .setParameter("site", siteId)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  /** The site's consultations (every site's, for null), newest opening first. */
  List<Consultation> list(String siteId) {
    TypedQuery<Consultation> query =
        em.createQuery(
            "SELECT c FROM Consultation c"
                + (siteId == null ? "" : " WHERE c.siteId = :site")
                + " ORDER BY c.opensOn DESC, c.id DESC",
            Consultation.class);
    if (siteId != null) {
      query.setParameter("site", siteId);
    }
    return query.getResultList();
  }

  List<Opinion> opinions(long consultationId) {
    return em.createQuery(
            "SELECT o FROM Opinion o WHERE o.consultationId = :id ORDER BY o.receivedAt, o.id",
            Opinion.class)
        .setParameter("id", consultationId)
        .getResultList();
  }

  long countOpinions(long consultationId) {
    return em.createQuery("SELECT COUNT(o) FROM Opinion o WHERE o.consultationId = :id", Long.class)
        .setParameter("id", consultationId)
        .getSingleResult();
  }

  /** The number of opinions per consultation id; consultations without any are left out. */
  Map<Long, Integer> opinionCounts() {
    Map<Long, Integer> counts = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "SELECT o.consultationId, COUNT(o) FROM Opinion o GROUP BY o.consultationId",
                Object[].class)
            .getResultList()) {
      counts.put(((Number) row[0]).longValue(), ((Number) row[1]).intValue());
    }
    return counts;
  }

  /** Sets name and contact to null on up to {@code limit} opinions received before the cutoff. */
  int purgePersonalData(Instant cutoff, int limit) {
    return em.createNativeQuery(
            "UPDATE consultation_opinion SET name_sealed = NULL, contact_sealed = NULL"
                + " WHERE received_at < ? AND (name_sealed IS NOT NULL OR contact_sealed IS NOT NULL)"
                + " LIMIT ?")
        .setParameter(1, Timestamp.from(cutoff))
        .setParameter(2, limit)
        .executeUpdate();
  }
}
