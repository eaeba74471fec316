package org.zhanqun.cms.attachment;

import java.time.Instant;

/** A stored file's metadata as the API shows it. */
public record FileView(
    long id,
    String site,
    String fileName,
    String contentType,
    long size,
    String sha256,
    Instant uploadedAt,
    String uploadedBy) {

  public static FileView of(StoredFile file) {
    return new FileView(
        file.id(),
        file.siteId(),
        file.fileName(),
        file.contentType(),
        file.size(),
        file.sha256(),
        file.uploadedAt(),
        file.uploadedBy());
  }
}
