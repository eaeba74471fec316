package org.zhanqun.cms.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import org.zhanqun.cms.infrastructure.error.Failure;

/**
 * An upload's bytes copied to a temporary file, with their count, SHA-256 and first bytes, so that
 * the request body is never held in memory and no database transaction is open while a client sends
 * it. Closing deletes the file; a refused or failed spool leaves no file behind. Not thread-safe:
 * one request uses it.
 */
final class SpooledUpload implements AutoCloseable {

  private static final int HEAD_BYTES = 16;

  private final Path file;
  private final long size;
  private final String sha256;
  private final byte[] head;

  private SpooledUpload(Path file, long size, String sha256, byte[] head) {
    this.file = file;
    this.size = size;
    this.sha256 = sha256;
    this.head = head;
  }

  /**
   * Copies {@code content} to a new file in {@code folder}, and closes it.
   *
   * @throws FileRejectedException (413) as soon as more than {@code maxBytes} have arrived
   */
  static SpooledUpload spool(InputStream content, long maxBytes, Path folder) {
    Path file;
    try {
      Files.createDirectories(folder);
      file = Files.createTempFile(folder, "upload-", ".part");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a spool file for an upload in " + folder, e);
    }
    try (InputStream in = content;
        OutputStream out = Files.newOutputStream(file)) {
      MessageDigest digest = newSha256();
      byte[] head = new byte[HEAD_BYTES];
      byte[] buffer = new byte[64 * 1024];
      long size = 0;
      int read;
      while ((read = in.read(buffer)) != -1) {
        if (size + read > maxBytes) {
          throw new FileRejectedException(
              Failure.TOO_LARGE, "file", "larger than the limit of " + maxBytes + " bytes");
        }
        if (size < HEAD_BYTES) {
          System.arraycopy(buffer, 0, head, (int) size, (int) Math.min(read, HEAD_BYTES - size));
        }
        digest.update(buffer, 0, read);
        out.write(buffer, 0, read);
        size += read;
      }
      return new SpooledUpload(
          file,
          size,
          HexFormat.of().formatHex(digest.digest()),
          Arrays.copyOf(head, (int) Math.min(size, HEAD_BYTES)));
    } catch (IOException e) {
      delete(file);
      throw new UncheckedIOException("reading the upload failed", e);
    } catch (RuntimeException e) {
      delete(file);
      throw e;
    }
  }

  long size() {
    return size;
  }

  String sha256() {
    return sha256;
  }

  /** The first bytes (up to 16), for recognising the format. */
  byte[] head() {
    return head.clone();
  }

  /** The spooled bytes from the start; the caller closes the stream. */
  InputStream open() throws IOException {
    return Files.newInputStream(file);
  }

  /** Deletes the file. */
  @Override
  public void close() {
    delete(file);
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the spool file " + file, e);
    }
  }

  static MessageDigest newSha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
