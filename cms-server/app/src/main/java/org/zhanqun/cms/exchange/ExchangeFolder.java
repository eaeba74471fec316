package org.zhanqun.cms.exchange;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one folder of the server that imports read from and exports write to ({@code
 * zhanqun.exchange.dir}, created at start-up). A request names a folder relative to it; whatever it
 * names, the real path (symbolic links followed) of the folder and of every file read inside it
 * must lie inside the exchange folder's real path, so that a request reads and writes nothing else
 * on the server. A path with {@code ..}, an absolute path outside the folder and a symbolic link
 * leading out of it are refused with 400. Thread-safe.
 */
@ApplicationScoped
public class ExchangeFolder {

  private static final Logger LOG = Logger.getLogger(ExchangeFolder.class.getName());

  @Inject
  @ConfigProperty(name = "zhanqun.exchange.dir")
  String configured;

  /** The folder as configured, absolute and normalised. */
  private Path folder;

  /** Its real path: what every checked path must start with. */
  private Path real;

  @PostConstruct
  void create() {
    folder = Path.of(configured).toAbsolutePath().normalize();
    try {
      Files.createDirectories(folder);
      real = folder.toRealPath();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "zhanqun.exchange.dir: cannot create the exchange folder " + folder, e);
    }
    LOG.info(() -> "imports and exports use the exchange folder " + real);
  }

  /** Creates the folder at start-up, so that administrators find it before the first request. */
  void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    LOG.fine(() -> "exchange folder ready: " + real);
  }

  /**
   * The existing folder {@code requested} names, to import from; every file and folder inside it
   * checked not to lead out of the exchange folder.
   *
   * @throws UnusableFolderException (400) when it does not exist, is no folder or leads out
   */
  Path folderToImport(String requested) {
    Path path = inside(requested);
    if (!Files.isDirectory(path)) {
      throw UnusableFolderException.invalid(
          requested, "there is no folder '" + requested + "' in the exchange folder");
    }
    Path checked = real(requested, path);
    // following links, so that a link to a folder inside is checked for links out of it too
    try (Stream<Path> entries = Files.walk(path, FileVisitOption.FOLLOW_LINKS)) {
      for (Iterator<Path> it = entries.iterator(); it.hasNext(); ) {
        Path entry = it.next();
        if (realPath(entry).filter(p -> p.startsWith(real)).isEmpty()) {
          throw UnusableFolderException.invalid(
              requested,
              "'"
                  + path.relativize(entry)
                  + "' in it is a symbolic link that leads out of the exchange folder");
        }
      }
    } catch (IOException | UncheckedIOException e) {
      throw UnusableFolderException.invalid(requested, "cannot be read");
    }
    return checked;
  }

  /**
   * The folder {@code requested} names, to export into: created when new; an existing one must be a
   * folder (a file is refused with 400) and is checked to be empty by the export.
   *
   * @throws UnusableFolderException (400) when it is a file or leads out
   */
  Path folderToExport(String requested) {
    Path path = inside(requested);
    if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      Path existing = real(requested, path);
      if (!Files.isDirectory(existing)) {
        throw UnusableFolderException.invalid(
            requested, "is a file: an export writes into a new or empty folder");
      }
      return existing;
    }
    Path existing = path.getParent();
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      throw UnusableFolderException.invalid(requested, "leads out of the exchange folder");
    }
    real(requested, existing);
    try {
      Files.createDirectories(path);
    } catch (IOException e) {
      throw UnusableFolderException.invalid(requested, "cannot be created");
    }
    return real(requested, path);
  }

  /** What a report shows of {@code path}: relative to the exchange folder. */
  String shown(Path path) {
    return real.relativize(path).toString();
  }

  /** The lexical path {@code requested} names: inside the folder, without {@code ..}. */
  private Path inside(String requested) {
    Path named;
    try {
      named = Path.of(requested.strip());
    } catch (InvalidPathException e) {
      throw UnusableFolderException.invalid(requested, "is not a path");
    }
    for (Path part : named) {
      if (part.toString().equals("..")) {
        throw UnusableFolderException.invalid(requested, "'..' is not allowed");
      }
    }
    Path path = (named.isAbsolute() ? named : folder.resolve(named)).normalize();
    if (!path.startsWith(folder) && !path.startsWith(real)) {
      throw UnusableFolderException.invalid(
          requested, "is outside the exchange folder: name a folder relative to it");
    }
    return path;
  }

  /** The real path of {@code path}, which must lie inside the exchange folder. */
  private Path real(String requested, Path path) {
    return realPath(path)
        .filter(resolved -> resolved.startsWith(real))
        .orElseThrow(
            () -> UnusableFolderException.invalid(requested, "leads out of the exchange folder"));
  }

  /** The real path, or empty for a dangling link or an entry that cannot be read. */
  private static Optional<Path> realPath(Path path) {
    try {
      return Optional.of(path.toRealPath());
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
