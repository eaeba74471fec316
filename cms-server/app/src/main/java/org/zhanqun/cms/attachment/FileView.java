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
    String uploadedBy) {}
