package org.zhanqun.builder.writer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The output folder of builds. {@code output} is a symbolic link to the current version in a hidden
 * sibling folder {@code .<name>.versions/}. A build either writes a new version ({@link #stage})
 * and publishes it by replacing the link with one atomic rename, so a web server serving {@code
 * output} sees the old site or the new one, never a mix; or, for a few changes, patches the current
 * version through a journal ({@link #patch}): each file is replaced by one atomic rename after all
 * are written, and a patch interrupted by a crash is completed before anything else happens here.
 *
 * <p>Not thread-safe: one build at a time per output folder. Callers serialise builds across
 * processes with the folder's {@link #lock}, held from before {@link #currentManifest} until the
 * staging is published or discarded.
 */
public final class PublishedFolder {

  private static final int VERSIONS_KEPT = 2;

  private final Path output;
  private final Path versions;

  public PublishedFolder(Path output) {
    this.output = output.toAbsolutePath().normalize();
    this.versions = versionsOf(this.output);
  }

  /** The hidden folder beside {@code output} that holds its versions and its lock file. */
  static Path versionsOf(Path output) {
    Path absolute = output.toAbsolutePath().normalize();
    return absolute.resolveSibling("." + absolute.getFileName() + ".versions");
  }

  /**
   * Takes the folder's {@link OutputLock}, waiting up to {@code patience} for another writer (a
   * build in another process, a server's publisher) to finish.
   *
   * @param command what the caller is, shown to whoever waits for it
   * @param waiting told, with the holder, when the caller starts to wait
   * @throws OutputBusyException when the other writer still holds it after {@code patience}
   */
  public OutputLock lock(Duration patience, String command, Consumer<String> waiting)
      throws IOException {
    return OutputLock.acquire(output, patience, command, waiting);
  }

  public Path output() {
    return output;
  }

  /** The manifest of the current version; empty when nothing was published here yet. */
  public Manifest currentManifest() throws IOException {
    finishPatch();
    Optional<Path> current = currentVersion();
    if (current.isEmpty()) {
      return Manifest.EMPTY;
    }
    Path manifest = manifestOf(current.get());
    return Files.isRegularFile(manifest) ? Manifest.read(manifest) : Manifest.EMPTY;
  }

  /**
   * Starts a new version. With {@code keepCurrent} it begins as a copy of the current one (hard
   * links, so unchanged files cost no copying); otherwise it begins empty.
   *
   * @throws IOException also when {@code output} is a folder that builds did not make
   */
  public Staging stage(boolean keepCurrent) throws IOException {
    finishPatch();
    if (Files.exists(output, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(output)) {
      if (!Files.isDirectory(output) || !isEmpty(output)) {
        throw new FileAlreadyExistsException(
            output.toString(),
            null,
            "exists and was not written by a build; remove it or choose another output");
      }
      Files.delete(output);
    }
    Files.createDirectories(versions);
    Path folder =
        Files.createDirectory(versions.resolve(String.format("v%06d", nextVersionNumber())));
    Optional<Path> current = currentVersion();
    if (keepCurrent && current.isPresent()) {
      linkTree(current.get(), folder);
    }
    return new VersionStaging(this, folder);
  }

  /** Starts a patch of the current version; empty when there is none yet (then {@link #stage}). */
  public Optional<Staging> patch() throws IOException {
    finishPatch();
    Optional<Path> current = currentVersion();
    if (current.isEmpty()) {
      return Optional.empty();
    }
    Path folder = versions.resolve(PatchStaging.FOLDER);
    deleteTree(folder);
    Files.createDirectories(folder);
    return Optional.of(new PatchStaging(this, folder, current.get()));
  }

  /**
   * Applies a committed patch (one whose journal exists) to the current version, then removes the
   * journal and the patch folder. Safe to repeat: a change already applied is skipped. Without a
   * journal, a leftover patch folder is an uncommitted patch and is thrown away.
   */
  void finishPatch() throws IOException {
    Path journal = versions.resolve(PatchStaging.JOURNAL);
    Path folder = versions.resolve(PatchStaging.FOLDER);
    Optional<Path> current = currentVersion();
    if (Files.isRegularFile(journal) && current.isPresent()) {
      Path live = current.get();
      for (String line : Files.readAllLines(journal, StandardCharsets.UTF_8)) {
        String path = line.substring(2);
        Path target = inside(live, path);
        if (line.charAt(0) == 'W') {
          Path source = inside(folder, path);
          if (Files.exists(source)) {
            Files.createDirectories(target.getParent());
            Files.move(
                source,
                target,
                StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
          }
        } else if (Files.deleteIfExists(target)) {
          deleteEmptyParents(target, live);
        }
      }
      Path manifest = versions.resolve(PatchStaging.MANIFEST);
      if (Files.exists(manifest)) {
        Files.move(
            manifest,
            manifestOf(live),
            StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      }
    }
    Files.deleteIfExists(journal);
    Files.deleteIfExists(versions.resolve(PatchStaging.MANIFEST));
    deleteTree(folder);
  }

  void publish(Path folder, Manifest manifest) throws IOException {
    manifest.write(manifestOf(folder));
    Path link = versions.resolve(folder.getFileName() + ".link");
    Files.deleteIfExists(link);
    Files.createSymbolicLink(link, output.getParent().relativize(folder));
    try {
      Files.move(link, output, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(link, output, StandardCopyOption.REPLACE_EXISTING);
    }
    pruneOldVersions(folder);
  }

  void discard(Path folder) throws IOException {
    deleteTree(folder);
  }

  private Optional<Path> currentVersion() throws IOException {
    if (!Files.isSymbolicLink(output)) {
      return Optional.empty();
    }
    Path target = output.getParent().resolve(Files.readSymbolicLink(output)).normalize();
    return Files.isDirectory(target) ? Optional.of(target) : Optional.empty();
  }

  private Path manifestOf(Path folder) {
    return versions.resolve(folder.getFileName() + ".manifest");
  }

  /** Keeps the newest versions (a reader may still be in the previous one) and deletes the rest. */
  private void pruneOldVersions(Path published) throws IOException {
    List<Path> folders;
    try (Stream<Path> children = Files.list(versions)) {
      folders =
          children
              .filter(Files::isDirectory)
              .filter(p -> !p.equals(published))
              .sorted(Comparator.comparing(Path::getFileName).reversed())
              .toList();
    }
    for (Path old : folders.subList(Math.min(VERSIONS_KEPT - 1, folders.size()), folders.size())) {
      deleteTree(old);
      Files.deleteIfExists(manifestOf(old));
    }
  }

  /** One more than the highest version folder's number: names sort in the order of builds. */
  private int nextVersionNumber() throws IOException {
    try (Stream<Path> children = Files.list(versions)) {
      return children
              .map(p -> p.getFileName().toString())
              .filter(name -> name.matches("v\\d{6}"))
              .mapToInt(name -> Integer.parseInt(name.substring(1)))
              .max()
              .orElse(0)
          + 1;
    }
  }

  /** {@code path} resolved in {@code folder}; refuses anything that would land outside it. */
  static Path inside(Path folder, String path) {
    Path target = folder.resolve(path).normalize();
    if (!target.startsWith(folder) || target.equals(folder)) {
      throw new IllegalArgumentException("not a path inside the output: " + path);
    }
    return target;
  }

  /** Deletes the folders above {@code file} that are empty, up to (not including) {@code root}. */
  static void deleteEmptyParents(Path file, Path root) throws IOException {
    for (Path parent = file.getParent(); !parent.equals(root); parent = parent.getParent()) {
      try (Stream<Path> children = Files.list(parent)) {
        if (children.findAny().isPresent()) {
          return;
        }
      }
      Files.delete(parent);
    }
  }

  private static void linkTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path source : paths.toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.createLink(target, source);
        }
      }
    }
  }

  private static boolean isEmpty(Path folder) throws IOException {
    try (Stream<Path> children = Files.list(folder)) {
      return children.findAny().isEmpty();
    }
  }

  static void deleteTree(Path folder) throws IOException {
    if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
