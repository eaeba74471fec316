package org.zhanqun.builder.writer;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A few changes to the current version, for small incremental builds where writing a whole new
 * version would cost more than the changes. Every new file is written completely in a patch folder
 * first; {@link #publish} then records the changes in a journal (the commit point) and moves each
 * file into place with one atomic rename. A reader sees each file old or new, never half written; a
 * crash after the commit point is finished by {@link PublishedFolder}'s recovery before the next
 * build, a crash before it leaves the current version untouched.
 */
final class PatchStaging implements Staging {

  static final String FOLDER = "patch";
  static final String JOURNAL = "patch.journal";
  static final String MANIFEST = "patch.manifest";

  private final PublishedFolder owner;
  private final Path patch;
  private final Path live;
  private final Map<String, Character> changes = new ConcurrentHashMap<>();

  PatchStaging(PublishedFolder owner, Path patch, Path live) {
    this.owner = owner;
    this.patch = patch;
    this.live = live;
  }

  @Override
  public void write(String path, byte[] bytes) throws IOException {
    Path target = PublishedFolder.inside(patch, path);
    Files.createDirectories(target.getParent());
    Files.write(target, bytes);
    changes.put(path, 'W');
  }

  @Override
  public void copy(String path, Path source) throws IOException {
    Path target = PublishedFolder.inside(patch, path);
    Files.createDirectories(target.getParent());
    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
    changes.put(path, 'W');
  }

  @Override
  public void delete(String path) {
    PublishedFolder.inside(live, path);
    changes.put(path, 'D');
  }

  @Override
  public boolean has(String path) {
    Character change = changes.get(path);
    return change != null ? change == 'W' : Files.isRegularFile(PublishedFolder.inside(live, path));
  }

  @Override
  public void publish(Manifest manifest) throws IOException {
    Path versions = patch.getParent();
    manifest.write(versions.resolve(MANIFEST));
    List<String> lines = new ArrayList<>();
    new TreeMap<>(changes).forEach((path, change) -> lines.add(change + "\t" + path));
    Path journal = versions.resolve(JOURNAL);
    Path pending = versions.resolve(JOURNAL + ".tmp");
    Files.write(pending, lines, StandardCharsets.UTF_8);
    try (FileChannel channel = FileChannel.open(pending, StandardOpenOption.WRITE)) {
      channel.force(true);
    }
    Files.move(pending, journal, StandardCopyOption.ATOMIC_MOVE);
    owner.finishPatch();
  }

  @Override
  public void discard() throws IOException {
    PublishedFolder.deleteTree(patch);
  }
}
