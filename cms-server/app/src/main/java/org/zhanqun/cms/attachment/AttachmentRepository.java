package org.zhanqun.cms.attachment;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Queries for stored files. No query but {@link #slice} reads a file's bytes, and that one a slice
 * at a time: EclipseLink does not load a basic attribute lazily unless woven (it is not here), so
 * the entity {@link StoredFile} is only ever written, never read.
 */
@ApplicationScoped
class AttachmentRepository {

  private static final String METADATA =
      "SELECT f.id, f.siteId, f.fileName, f.contentType, f.size, f.sha256, f.uploadedAt,"
          + " f.uploadedBy FROM StoredFile f";

  @PersistenceContext(unitName = "zhanqun")
  EntityManager em;

  @Resource(lookup = "java:app/jdbc/zhanqun")
  DataSource dataSource;

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

  /**
   * Stores a file whose bytes {@code content} gives, streaming them to the database in one
   * statement on a connection of its own: called outside any transaction, the statement is its own
   * short transaction. The caller closes {@code content}.
   *
   * @return the new file's id
   */
  long insert(
      String siteId,
      String fileName,
      String contentType,
      long size,
      String sha256,
      InputStream content,
      Instant uploadedAt,
      String uploadedBy) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO stored_file (site_id, file_name, content_type, size_bytes, sha256,"
                    + " data, uploaded_at, uploaded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
      insert.setString(1, siteId);
      insert.setString(2, fileName);
      insert.setString(3, contentType);
      insert.setLong(4, size);
      insert.setString(5, sha256);
      insert.setBinaryStream(6, content, size);
      insert.setTimestamp(7, Timestamp.from(uploadedAt));
      insert.setString(8, uploadedBy);
      insert.executeUpdate();
      try (ResultSet keys = insert.getGeneratedKeys()) {
        if (!keys.next()) {
          throw new IllegalStateException("MariaDB returned no id for the stored file");
        }
        return keys.getLong(1);
      }
    } catch (SQLException e) {
      throw new PersistenceException("storing the file " + fileName + " failed", e);
    }
  }

  /**
   * Replaces a stored file's name, type and bytes (streamed from {@code content}) and records who
   * replaced them when; the id stays. Runs on a connection of the data source, so inside the
   * caller's transaction when there is one. The caller closes {@code content}.
   *
   * @return false when there is no such file
   */
  boolean replace(
      long id,
      String fileName,
      String contentType,
      long size,
      String sha256,
      InputStream content,
      Instant uploadedAt,
      String uploadedBy) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update =
            connection.prepareStatement(
                "UPDATE stored_file SET file_name = ?, content_type = ?, size_bytes = ?, sha256 = ?,"
                    + " data = ?, uploaded_at = ?, uploaded_by = ? WHERE id = ?")) {
      update.setString(1, fileName);
      update.setString(2, contentType);
      update.setLong(3, size);
      update.setString(4, sha256);
      update.setBinaryStream(5, content, size);
      update.setTimestamp(6, Timestamp.from(uploadedAt));
      update.setString(7, uploadedBy);
      update.setLong(8, id);
      return update.executeUpdate() > 0;
    } catch (SQLException e) {
      throw new PersistenceException("replacing the file " + id + " failed", e);
    }
  }

  /**
   * Up to {@code length} bytes of the file from {@code offset} (0-based); empty when there is no
   * such file.
   */
  Optional<byte[]> slice(long id, long offset, int length) {
    return em.createNativeQuery("SELECT SUBSTRING(data, ?, ?) FROM stored_file WHERE id = ?")
        .setParameter(1, offset + 1)
        .setParameter(2, length)
        .setParameter(3, id)
        .getResultStream()
        .findFirst()
        .map(byte[].class::cast);
  }

  /** Deletes the file without reading it; false when there was none. */
  boolean delete(long id) {
    return em.createQuery("DELETE FROM StoredFile f WHERE f.id = :id")
            .setParameter("id", id)
            .executeUpdate()
        > 0;
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
