package org.zhanqun.cms.attachment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.zhanqun.cms.infrastructure.error.Failure;
import org.zhanqun.cms.security.Caller;
import org.zhanqun.cms.security.CurrentCaller;
import org.zhanqun.cms.site.SiteService;

/**
 * Upload, read and delete a site's files. An upload is refused, storing nothing, when it is larger
 * than {@code zhanqun.upload.max-bytes}, has no name or an unsafe one, has an extension outside
 * {@link FileFormat}, or content that does not start as that format does.
 */
@ApplicationScoped
@Transactional
public class AttachmentService {

  @Inject AttachmentRepository repository;
  @Inject SiteService sites;
  @Inject CurrentCaller currentCaller;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "zhanqun.upload.max-bytes")
  long maxBytes;

  public FileView upload(String siteId, String fileName, InputStream content) {
    sites.requireSite(siteId);
    Caller caller = currentCaller.requireEditor(siteId);
    if (fileName == null || fileName.isBlank()) {
      throw new FileRejectedException(
          Failure.INVALID, "name", "is required: the file name with its extension");
    }
    String name = fileName.strip();
    if (name.length() > 200 || name.matches(".*[/\\\\:*?\"<>|\\p{Cntrl}].*")) {
      throw new FileRejectedException(
          Failure.INVALID,
          "name",
          "at most 200 characters, without / \\ : * ? \" < > | or control characters");
    }
    FileFormat format =
        FileFormat.ofFileName(name)
            .orElseThrow(
                () ->
                    new FileRejectedException(
                        Failure.UNSUPPORTED_TYPE,
                        "file",
                        "type of '" + name + "' not accepted; one of " + FileFormat.extensions()));
    byte[] data = readAtMost(content, maxBytes);
    if (data.length == 0) {
      throw new FileRejectedException(Failure.INVALID, "file", "is empty");
    }
    if (!format.matches(data)) {
      throw new FileRejectedException(
          Failure.UNSUPPORTED_TYPE,
          "file",
          "the content is not a " + format.extension() + " file, although the name says so");
    }
    StoredFile file =
        new StoredFile(
            siteId,
            name,
            format.mediaType(),
            data,
            sha256(data),
            clock.instant(),
            caller.username());
    repository.add(file);
    return FileView.of(file);
  }

  /**
   * Stores a file of an imported content folder for the site, or finds the site's file with the
   * same name and content stored by an earlier import, so that importing twice stores it once. The
   * caller checked the rights and the file (format, size).
   */
  public ImportedFile importFile(String siteId, String fileName, byte[] data, String actor) {
    String sha256 = sha256(data);
    Optional<Long> existing = repository.findId(siteId, fileName, sha256);
    if (existing.isPresent()) {
      return new ImportedFile(existing.get(), false);
    }
    FileFormat format =
        FileFormat.ofFileName(fileName)
            .orElseThrow(
                () ->
                    new FileRejectedException(
                        Failure.UNSUPPORTED_TYPE,
                        "file",
                        "type of '"
                            + fileName
                            + "' not accepted; one of "
                            + FileFormat.extensions()));
    StoredFile file =
        new StoredFile(siteId, fileName, format.mediaType(), data, sha256, clock.instant(), actor);
    repository.add(file);
    return new ImportedFile(file.id(), true);
  }

  /** The metadata of every stored file, without the bytes, in one query: for export. */
  public List<FileView> allMetadata() {
    return repository.allMetadata();
  }

  /** The bytes of a file, whoever asks: for export and publication. */
  public byte[] content(long id) {
    return fileForPublication(id).data();
  }

  public List<FileView> files(String siteId) {
    sites.requireSite(siteId);
    currentCaller.requireEditor(siteId);
    return repository.metadataOfSite(siteId);
  }

  /** The file, for an editor of its site. */
  public StoredFile file(long id) {
    StoredFile file = repository.find(id).orElseThrow(() -> new UnknownFileException(id));
    currentCaller.requireEditor(file.siteId());
    return file;
  }

  /** A file's metadata without its bytes, whoever asks: for features that show it. */
  public Optional<FileView> metadata(long id) {
    return repository.metadata(id);
  }

  /** The file, whoever asks: for features that decided it may be shown. */
  public StoredFile fileForPublication(long id) {
    return repository.find(id).orElseThrow(() -> new UnknownFileException(id));
  }

  /** Whether the file exists and belongs to the site. */
  public boolean belongsTo(long id, String siteId) {
    return repository.find(id).filter(f -> f.siteId().equals(siteId)).isPresent();
  }

  public void delete(long id) {
    StoredFile file = file(id);
    long usages = repository.usages(id);
    if (usages > 0) {
      throw new FileRejectedException(
          Failure.CONFLICT,
          "file",
          "offered by " + usages + " form items (draft or published); remove them first");
    }
    repository.remove(file);
  }

  private static byte[] readAtMost(InputStream content, long maxBytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = content) {
      int read;
      while ((read = in.read(buffer)) != -1) {
        if (out.size() + (long) read > maxBytes) {
          throw new FileRejectedException(
              Failure.TOO_LARGE, "file", "larger than the limit of " + maxBytes + " bytes");
        }
        out.write(buffer, 0, read);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading the upload failed", e);
    }
    return out.toByteArray();
  }

  private static String sha256(byte[] data) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
