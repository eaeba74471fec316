package org.zhanqun.builder.writer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A whole new version being written; invisible to readers until {@link #publish}, which swaps the
 * output link to it. Files are replaced by rename, never rewritten in place, because the version
 * may share them (hard links) with the one readers see. Safe for concurrent writes of different
 * paths.
 */
final class VersionStaging implements Staging {

  private final PublishedFolder owner;
  private final Path folder;

  VersionStaging(PublishedFolder owner, Path folder) {
    this.owner = owner;
    this.folder = folder;
  }

  @Override
  public void write(String path, byte[] bytes) throws IOException {
    Path target = resolve(path);
    Files.createDirectories(target.getParent());
    Path temporary = Files.createTempFile(target.getParent(), ".tmp", null);
    Files.write(temporary, bytes);
    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
  }

  @Override
  public void copy(String path, Path source) throws IOException {
    Path target = resolve(path);
    Files.createDirectories(target.getParent());
    Path temporary = Files.createTempFile(target.getParent(), ".tmp", null);
    Files.copy(source, temporary, StandardCopyOption.REPLACE_EXISTING);
    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
  }

  @Override
  public void delete(String path) throws IOException {
    Path target = resolve(path);
    if (Files.deleteIfExists(target)) {
      PublishedFolder.deleteEmptyParents(target, folder);
    }
  }

  @Override
  public boolean has(String path) {
    return Files.isRegularFile(resolve(path));
  }

  @Override
  public void publish(Manifest manifest) throws IOException {
    owner.publish(folder, manifest);
  }

  @Override
  public void discard() throws IOException {
    owner.discard(folder);
  }

  private Path resolve(String path) {
    return PublishedFolder.inside(folder, path);
  }
}
