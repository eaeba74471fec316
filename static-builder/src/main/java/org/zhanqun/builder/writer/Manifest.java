package org.zhanqun.builder.writer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a published version holds: each file's path, the site it belongs to and the fingerprint of
 * the inputs it was made from. Incremental builds compare fingerprints to decide what to render
 * again, and owners to decide what a one-site build may delete.
 *
 * @param entries path (relative, {@code /} separators) → entry; sorted by path
 */
public record Manifest(Map<String, Entry> entries) {

  public static final Manifest EMPTY = new Manifest(Map.of());

  /**
   * @param owner the id of the site the file belongs to; empty for cluster-wide files
   * @param fingerprint a hash of everything the file was made from
   */
  public record Entry(String owner, String fingerprint) {}

  public Manifest {
    entries = Collections.unmodifiableMap(new TreeMap<>(entries));
  }

  static Manifest read(Path file) throws IOException {
    Map<String, Entry> entries = new TreeMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] parts = line.split("\t", 3);
      if (parts.length == 3) {
        entries.put(parts[2], new Entry(parts[1], parts[0]));
      }
    }
    return new Manifest(entries);
  }

  void write(Path file) throws IOException {
    StringBuilder text = new StringBuilder(entries.size() * 100);
    entries.forEach(
        (path, entry) ->
            text.append(entry.fingerprint())
                .append('\t')
                .append(entry.owner())
                .append('\t')
                .append(path)
                .append('\n'));
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
