package org.zhanqun.builder.source;

import java.nio.file.Path;

/**
 * Reads and validates a {@code content/} folder. Thread-safe; one may be shared.
 *
 * <p>Every problem is collected before failing, so one run lists them all.
 */
public final class ContentReader {

  /**
   * The content of {@code folder}.
   *
   * @throws InvalidContentException with every problem found, when there is any
   */
  public ContentSet read(Path folder) throws InvalidContentException {
    throw new UnsupportedOperationException("being written");
  }
}
