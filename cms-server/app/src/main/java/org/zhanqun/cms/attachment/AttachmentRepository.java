package org.zhanqun.cms.attachment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Queries for stored files. */
@ApplicationScoped
class AttachmentRepository {

  @PersistenceContext(unitName = "zhanqun")
  EntityManager em;

  Optional<StoredFile> find(long id) {
    return Optional.ofNullable(em.find(StoredFile.class, id));
  }

  List<StoredFile> ofSite(String siteId) {
    return em.createQuery(
            "SELECT f FROM StoredFile f WHERE f.siteId = :site ORDER BY f.id", StoredFile.class)
        .setParameter("site", siteId)
        .getResultList();
  }

  void add(StoredFile file) {
    em.persist(file);
  }

  void remove(StoredFile file) {
    em.remove(file);
  }

  /**
   * How many content items use the file; counted natively so this package needs no content type.
   */
  long usages(long fileId) {
    return ((Number)
            em.createNativeQuery("SELECT COUNT(*) FROM content_item WHERE file_id = ?")
                .setParameter(1, fileId)
                .getSingleResult())
        .longValue();
  }
}
