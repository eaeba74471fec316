package org.zhanqun.cms.attachment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import org.zhanqun.model.item.FileFormat;

/**
 * Writes checked, spooled bytes over a stored file and announces it as {@link FileReplaced}, in one
 * short transaction: the new content and what its observers record (the outbox entries of the live
 * forms that offer it) commit together or not at all.
 */
@ApplicationScoped
@Transactional
class FileReplacement {

  @Inject AttachmentRepository repository;
  @Inject Event<FileReplaced> replaced;

  void store(
      FileView file,
      String fileName,
      FileFormat format,
      SpooledUpload upload,
      Instant now,
      String actor) {
    try (InputStream bytes = upload.open()) {
      if (!repository.replace(
          file.id(),
          fileName,
          format.mediaType(),
          upload.size(),
          upload.sha256(),
          bytes,
          now,
          actor)) {
        throw new UnknownFileException(file.id());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading the spooled upload failed", e);
    }
    replaced.fire(new FileReplaced(file.id(), file.site(), actor, now));
  }
}
