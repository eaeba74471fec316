package org.zhanqun.builder.writer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * A version being written; invisible to readers until {@link #publish}. Files are replaced by
 * rename, never rewritten in place, because the version may share them (hard links) with the one
 * readers see. Safe for concurrent writes of different paths.
 */
public final class Staging {

  private final PublishedFolder owner;
  private final Path folder;

  Staging(PublishedFolder owner, Path folder) {
    this.owner = owner;
    this.folder = folder;
  }

  /** Writes {@code bytes} at {@code path} (relative, {@code /} separators). */
  public void write(String path, byte[] bytes) throws IOException {
    Path target = resolve(path);
    Files.createDirectories(target.getParent());
    Path temporary = Files.createTempFile(target.getParent(), ".tmp", null);
    Files.write(temporary, bytes);
    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
  }

  /** Copies {@code source} to {@code path}. */
  public void copy(String path, Path source) throws IOException {
    Path target = resolve(path);
    Files.createDirectories(target.getParent());
    Path temporary = Files.createTempFile(target.getParent(), ".tmp", null);
    Files.copy(source, temporary, StandardCopyOption.REPLACE_EXISTING);
    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
  }

  /** Removes {@code path} and then any folders it leaves empty. */
  public void delete(String path) throws IOException {
    Path target = resolve(path);
    if (!Files.deleteIfExists(target)) {
      return;
    }
    for (Path parent = target.getParent(); !parent.equals(folder); parent = parent.getParent()) {
      try (Stream<Path> children = Files.list(parent)) {
        if (children.findAny().isPresent()) {
          break;
        }
      }
      Files.delete(parent);
    }
  }

  /** Whether the version holds {@code path}. */
  public boolean has(String path) {
    return Files.isRegularFile(resolve(path));
  }

  /** Makes this version the one readers see, recording {@code manifest} for the next build. */
  public void publish(Manifest manifest) throws IOException {
    owner.publish(folder, manifest);
  }

  /** Throws the version away; readers keep the current one. */
  public void discard() throws IOException {
    owner.discard(folder);
  }

  private Path resolve(String path) {
    Path target = folder.resolve(path).normalize();
    if (!target.startsWith(folder) || target.equals(folder)) {
      throw new IllegalArgumentException("not a path inside the output: " + path);
    }
    return target;
  }
}
