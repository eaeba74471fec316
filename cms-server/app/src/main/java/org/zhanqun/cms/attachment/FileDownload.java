package org.zhanqun.cms.attachment;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A stored file about to be sent: its metadata, read already, and its bytes, read from the database
 * only by {@link #writeTo}, a slice at a time, so that a download holds at most one slice in memory
 * whatever the file's size. Files never change; one deleted while it is being written ends the
 * download with an {@link IOException}.
 */
public final class FileDownload {

  /** Bytes read from the database per query: 1 MiB. */
  static final int SLICE_BYTES = 1024 * 1024;

  private final FileView file;
  private final AttachmentRepository repository;

  FileDownload(FileView file, AttachmentRepository repository) {
    this.file = file;
    this.repository = repository;
  }

  /** The file's name, type, size and checksum. */
  public FileView file() {
    return file;
  }

  /** Writes the file's bytes to {@code out}, which it does not close. */
  public void writeTo(OutputStream out) throws IOException {
    long written = 0;
    while (written < file.size()) {
      int length = (int) Math.min(SLICE_BYTES, file.size() - written);
      byte[] slice = repository.slice(file.id(), written, length).orElse(new byte[0]);
      if (slice.length != length) {
        throw new IOException(
            "file " + file.id() + " changed or was deleted while it was being sent");
      }
      out.write(slice);
      written += length;
    }
  }
}
