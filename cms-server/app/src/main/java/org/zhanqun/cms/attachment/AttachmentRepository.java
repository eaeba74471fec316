package org.zhanqun.cms.attachment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Queries for stored files. Metadata queries never load a file's bytes. */
@ApplicationScoped
class AttachmentRepository {

  private static final String METADATA =
      "SELECT f.id, f.siteId, f.fileName, f.contentType, f.size, f.sha256, f.uploadedAt,"
          + " f.uploadedBy FROM StoredFile f";

  @PersistenceContext(unitName = "zhanqun")
  EntityManager em;

  Optional<StoredFile> find(long id) {
    return Optional.ofNullable(em.find(StoredFile.class, id));
  }

  Optional<FileView> metadata(long id) {
    return em.createQuery(METADATA + " WHERE f.id = :id", Object[].class)
        .setParameter("id", id)
        .getResultStream()
        .map(AttachmentRepository::fileView)
        .findFirst();
  }

  List<FileView> metadataOfSite(String siteId) {
    return em.createQuery(METADATA + " WHERE f.siteId = :site ORDER BY f.id", Object[].class)
        .setParameter("site", siteId)
        .getResultStream()
        .map(AttachmentRepository::fileView)
        .toList();
  }

  List<FileView> allMetadata() {
    return em.createQuery(METADATA + " ORDER BY f.id", Object[].class)
        .getResultStream()
        .map(AttachmentRepository::fileView)
        .toList();
  }

  Optional<Long> findId(String siteId, String fileName, String sha256) {
    return em.createQuery(
            "SELECT f.id FROM StoredFile f WHERE f.siteId = :site AND f.fileName = :name"
                + " AND f.sha256 = :sha ORDER BY f.id",
            Long.class)
        .setParameter("site", siteId)
        .setParameter("name", fileName)
        .setParameter("sha", sha256)
        .getResultStream()
        .findFirst();
  }

  /** Stores the new file now, so that its generated id is known. */
  void add(StoredFile file) {
    em.persist(file);
    em.flush();
  }

  void remove(StoredFile file) {
    em.remove(file);
  }

  /**
   * How many content items offer the file, in their working copy or in their published revision;
   * counted natively so this package needs no content type.
   */
  long usages(long fileId) {
    return ((Number)
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM content_item WHERE file_id = ?1"
                        + " OR JSON_VALUE(live_content, '$.form.fileId') = ?1")
                .setParameter(1, fileId)
                .getSingleResult())
        .longValue();
  }

  private static FileView fileView(Object[] row) {
    return new FileView(
        ((Number) row[0]).longValue(),
        (String) row[1],
        (String) row[2],
        (String) row[3],
        ((Number) row[4]).longValue(),
        (String) row[5],
        row[6] instanceof java.sql.Timestamp stamp ? stamp.toInstant() : (Instant) row[6],
        (String) row[7]);
  }
}
