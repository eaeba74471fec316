package org.zhanqun.cms.attachment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An uploaded file of one site: its bytes, name, media type, size and SHA-256. Immutable. Only ever
 * persisted, never read as an entity: EclipseLink, unwoven, would load the bytes with it whatever
 * the fetch type says. {@link AttachmentRepository} reads the metadata and the bytes apart.
 */
@Entity
@Table(name = "stored_file")
public class StoredFile {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "site_id", nullable = false)
  private String siteId;

  @Column(name = "file_name", nullable = false)
  private String fileName;

  @Column(name = "content_type", nullable = false)
  private String contentType;

  @Column(name = "size_bytes", nullable = false)
  private long size;

  @Column(nullable = false)
  private String sha256;

  @Lob
  @Column(nullable = false)
  private byte[] data;

  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  @Column(name = "uploaded_by", nullable = false)
  private String uploadedBy;

  protected StoredFile() {}

  StoredFile(
      String siteId,
      String fileName,
      String contentType,
      byte[] data,
      String sha256,
      Instant uploadedAt,
      String uploadedBy) {
    this.siteId = siteId;
    this.fileName = fileName;
    this.contentType = contentType;
    this.data = data;
    this.size = data.length;
    this.sha256 = sha256;
    this.uploadedAt = uploadedAt;
    this.uploadedBy = uploadedBy;
  }

  public Long id() {
    return id;
  }
}
