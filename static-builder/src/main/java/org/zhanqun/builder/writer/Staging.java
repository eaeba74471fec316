package org.zhanqun.builder.writer;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The changes of one build, invisible to readers until {@link #publish}. Paths are relative to the
 * output, with {@code /} separators. Safe for concurrent writes of different paths.
 */
public interface Staging {

  /** Writes {@code bytes} at {@code path}. */
  void write(String path, byte[] bytes) throws IOException;

  /** Copies {@code source} to {@code path}. */
  void copy(String path, Path source) throws IOException;

  /** Removes {@code path} and then any folders it leaves empty. */
  void delete(String path) throws IOException;

  /** Whether the output will hold {@code path} once published. */
  boolean has(String path);

  /** Makes the changes what readers see, recording {@code manifest} for the next build. */
  void publish(Manifest manifest) throws IOException;

  /** Throws the changes away; readers keep what they see. */
  void discard() throws IOException;
}
