package org.zhanqun.audit.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.zhanqun.builder.source.ContentReader;
import org.zhanqun.builder.source.ContentSet;
import org.zhanqun.builder.source.InvalidContentException;

/** The demo cluster of the repository's {@code content/} (docs/demo-cluster.md). */
public final class DemoCluster {

  /** The day the demo's dates were picked against. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 11, 16);

  /** The folder, from the module's folder (where Surefire runs) or the repository's. */
  public static final Path FOLDER =
      Files.isDirectory(Path.of("../../content")) ? Path.of("../../content") : Path.of("content");

  private DemoCluster() {}

  public static ContentSet read() {
    try {
      return new ContentReader().read(FOLDER);
    } catch (InvalidContentException e) {
      throw new IllegalStateException("the demo cluster is invalid: " + e.problems(), e);
    }
  }
}
