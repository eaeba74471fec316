package org.zhanqun.cms.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The trail of workflow events. */
@ApplicationScoped
class WorkflowEventRepository {

  @PersistenceContext(unitName = "zhanqun")
  EntityManager em;

  void add(WorkflowEvent event) {
    em.persist(event);
  }

  /** Every event that recorded a publication time, by item, oldest first. */
  List<WorkflowEvent> withPublicationTimes() {
    return em.createQuery(
            "SELECT e FROM WorkflowEvent e WHERE e.publishedAt IS NOT NULL"
                + " ORDER BY e.itemId, e.at, e.id",
            WorkflowEvent.class)
        .getResultList();
  }

  List<WorkflowEvent> ofItem(long itemId) {
    return em.createQuery(
            "SELECT e FROM WorkflowEvent e WHERE e.itemId = :item ORDER BY e.at, e.id",
            WorkflowEvent.class)
        .setParameter("item", itemId)
        .getResultList();
  }
}
