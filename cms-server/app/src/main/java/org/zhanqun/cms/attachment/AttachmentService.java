package org.zhanqun.cms.attachment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.zhanqun.cms.infrastructure.error.Failure;
import org.zhanqun.cms.security.Caller;
import org.zhanqun.cms.security.CurrentCaller;
import org.zhanqun.cms.site.SiteService;
import org.zhanqun.model.item.FileFormat;

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
  @Inject FileReplacement replacement;

  @Inject
  @ConfigProperty(name = "zhanqun.upload.max-bytes")
  long maxBytes;

  @Inject
  @ConfigProperty(name = "zhanqun.upload.spool-dir")
  Optional<String> spoolDir;

  /**
   * Stores an upload. Order: the site and the caller's right (before a byte of the body is read);
   * the name and its format; the body spooled to a temporary file in {@code
   * zhanqun.upload.spool-dir}, counted against the limit and hashed as it arrives, with no
   * transaction open; its content checked against the format; then one short statement stores it.
   * The spool file is deleted in every case.
   */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public FileView upload(String siteId, String fileName, InputStream content) {
    sites.requireSite(siteId);
    Caller caller = currentCaller.requireEditor(siteId);
    String name = checkedName(fileName);
    FileFormat format = format(name);
    try (SpooledUpload upload = SpooledUpload.spool(content, maxBytes, spoolFolder())) {
      check(upload, format);
      Instant now = clock.instant();
      long id;
      try (InputStream bytes = upload.open()) {
        id =
            repository.insert(
                siteId,
                name,
                format.mediaType(),
                upload.size(),
                upload.sha256(),
                bytes,
                now,
                caller.username());
      } catch (IOException e) {
        throw new UncheckedIOException("reading the spooled upload failed", e);
      }
      return new FileView(
          id,
          siteId,
          name,
          format.mediaType(),
          upload.size(),
          upload.sha256(),
          now,
          caller.username());
    }
  }

  /**
   * Replaces the content of a stored file, keeping its id, so every item offering it offers the new
   * content; the name (and with it the format) is the new one when given, else the current one. The
   * same checks as an upload, in the same order and before anything is stored: the caller's right
   * on the file's site (before a byte of the body is read), the name and format, the size limit
   * while spooling, the content against the format. Then the new content, the uploader and the time
   * are stored in one short transaction with the outbox entries of the live forms offering it
   * ({@link FileReplaced}), so the public pages get the new file. A refused replacement leaves the
   * old content as it was.
   */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public FileView replaceContent(long id, String fileName, InputStream content) {
    FileView file = file(id);
    Caller caller = currentCaller.require();
    String name = checkedName(fileName == null ? file.fileName() : fileName);
    FileFormat format = format(name);
    try (SpooledUpload upload = SpooledUpload.spool(content, maxBytes, spoolFolder())) {
      check(upload, format);
      Instant now = clock.instant();
      replacement.store(file, name, format, upload, now, caller.username());
      return new FileView(
          id,
          file.site(),
          name,
          format.mediaType(),
          upload.size(),
          upload.sha256(),
          now,
          caller.username());
    }
  }

  private static String checkedName(String fileName) {
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
    return name;
  }

  private static FileFormat format(String name) {
    return FileFormat.ofFileName(name)
        .orElseThrow(
            () ->
                new FileRejectedException(
                    Failure.UNSUPPORTED_TYPE,
                    "file",
                    "type of '" + name + "' not accepted; one of " + FileFormat.accepted()));
  }

  private static void check(SpooledUpload upload, FileFormat format) {
    if (upload.size() == 0) {
      throw new FileRejectedException(Failure.INVALID, "file", "is empty");
    }
    if (!format.matches(upload.head())) {
      throw new FileRejectedException(
          Failure.UNSUPPORTED_TYPE,
          "file",
          "the content is not a " + format.extension() + " file, although the name says so");
    }
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
                            + FileFormat.accepted()));
    StoredFile file =
        new StoredFile(siteId, fileName, format.mediaType(), data, sha256, clock.instant(), actor);
    repository.add(file);
    return new ImportedFile(file.id(), true);
  }

  /** The metadata of every stored file, without the bytes, in one query: for export. */
  public List<FileView> allMetadata() {
    return repository.allMetadata();
  }

  /**
   * The bytes of a file, whoever asks: for export and publication. Holds the whole file in memory;
   * {@link #downloadForPublication} does not.
   */
  public byte[] content(long id) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      downloadForPublication(id).writeTo(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("reading file " + id + " failed", e);
    }
    return bytes.toByteArray();
  }

  public List<FileView> files(String siteId) {
    sites.requireSite(siteId);
    currentCaller.requireEditor(siteId);
    return repository.metadataOfSite(siteId);
  }

  /** The file's metadata, for an editor of its site. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public FileView file(long id) {
    FileView file = repository.metadata(id).orElseThrow(() -> new UnknownFileException(id));
    currentCaller.requireEditor(file.site());
    return file;
  }

  /**
   * The file to send, for an editor of its site: its rights are checked on the metadata, before any
   * of its bytes is read.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public FileDownload download(long id) {
    return new FileDownload(file(id), repository);
  }

  /** A file's metadata without its bytes, whoever asks: for features that show it. */
  public Optional<FileView> metadata(long id) {
    return repository.metadata(id);
  }

  /** The file to send, whoever asks: for features that decided it may be shown. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public FileDownload downloadForPublication(long id) {
    return new FileDownload(
        repository.metadata(id).orElseThrow(() -> new UnknownFileException(id)), repository);
  }

  /** Whether the file exists and belongs to the site. */
  public boolean belongsTo(long id, String siteId) {
    return repository.metadata(id).filter(f -> f.site().equals(siteId)).isPresent();
  }

  public void delete(long id) {
    file(id);
    long usages = repository.usages(id);
    if (usages > 0) {
      throw new FileRejectedException(
          Failure.CONFLICT,
          "file",
          "offered by " + usages + " form items (draft or published); remove them first");
    }
    repository.delete(id);
  }

  private static String sha256(byte[] data) {
    return HexFormat.of().formatHex(SpooledUpload.newSha256().digest(data));
  }

  private Path spoolFolder() {
    return spoolDir
        .map(String::strip)
        .filter(folder -> !folder.isEmpty())
        .map(Path::of)
        .orElseGet(() -> Path.of(System.getProperty("java.io.tmpdir"), "zhanqun-uploads"));
  }
}
