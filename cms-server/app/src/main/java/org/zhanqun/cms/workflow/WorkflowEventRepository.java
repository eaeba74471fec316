package org.zhanqun.cms.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.zhanqun.cms.content.WorkflowAction;

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

  /** A send-back step: the item, the reviewer's comment, who and when. */
  record SendBack(long itemId, String comment, String actor, Instant at) {}

  /**
   * The send-backs of the site's drafts whose last workflow step (of any kind) was that send-back,
   * newest first.
   */
  List<SendBack> sentBackDrafts(String siteId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT e.item_id, e.comment, e.actor, e.at FROM workflow_event e"
                    + " JOIN content_item i ON i.id = e.item_id"
                    + " WHERE e.site_id = ? AND e.action = ? AND i.status = 'DRAFT'"
                    + " AND NOT EXISTS (SELECT 1 FROM workflow_event l"
                    + " WHERE l.item_id = e.item_id AND l.id > e.id)"
                    + " ORDER BY e.at DESC, e.id DESC")
            .setParameter(1, siteId)
            .setParameter(2, WorkflowAction.SEND_BACK.code())
            .getResultList();
    return rows.stream()
        .map(
            row ->
                new SendBack(
                    ((Number) row[0]).longValue(),
                    (String) row[1],
                    (String) row[2],
                    instant(row[3])))
        .toList();
  }

  private static Instant instant(Object value) {
    if (value instanceof Timestamp stamp) {
      return stamp.toInstant();
    }
    if (value instanceof LocalDateTime local) {
      return local.toInstant(ZoneOffset.UTC);
    }
    return (Instant) value;
  }

  List<WorkflowEvent> ofItem(long itemId) {
    return em.createQuery(
            "SELECT e FROM WorkflowEvent e WHERE e.itemId = :item ORDER BY e.at, e.id",
            WorkflowEvent.class)
        .setParameter("item", itemId)
        .getResultList();
  }
}
