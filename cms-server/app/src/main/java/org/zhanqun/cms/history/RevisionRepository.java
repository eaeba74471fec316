package org.zhanqun.cms.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Queries for revisions. */
@ApplicationScoped
class RevisionRepository {

  @PersistenceContext(unitName = "zhanqun")
  EntityManager em;

  void add(ItemRevision revision) {
    em.persist(revision);
  }

  List<ItemRevision> ofItem(long itemId) {
    return em.createQuery(
            "SELECT r FROM ItemRevision r WHERE r.itemId = :item ORDER BY r.number DESC",
            ItemRevision.class)
        .setParameter("item", itemId)
        .getResultList();
  }

  Optional<ItemRevision> find(long itemId, int number) {
    return em.createQuery(
            "SELECT r FROM ItemRevision r WHERE r.itemId = :item AND r.number = :number",
            ItemRevision.class)
        .setParameter("item", itemId)
        .setParameter("number", number)
        .getResultStream()
        .findFirst();
  }
}
