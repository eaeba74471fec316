package org.zhanqun.audit.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.zhanqun.builder.source.ContentReader;
import org.zhanqun.builder.source.ContentSet;
import org.zhanqun.builder.source.InvalidContentException;
import org.zhanqun.proofreading.Dictionary;
import org.zhanqun.proofreading.DictionaryException;
import org.zhanqun.proofreading.Proofreader;

/** The demo cluster of the repository's {@code content/} (docs/demo-cluster.md). */
public final class DemoCluster {

  /** The day the demo's dates were picked against. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 11, 16);

  /** The folder, from the module's folder (where Surefire runs) or the repository's. */
  public static final Path FOLDER =
      Files.isDirectory(Path.of("../../content")) ? Path.of("../../content") : Path.of("content");

  private DemoCluster() {}

  /** The proofreader as the command line builds it: the built-in lists and the demo's file. */
  public static Proofreader proofreader() {
    Path file = FOLDER.resolve(Dictionary.OPERATOR_FILE);
    try {
      return Proofreader.of(
          Files.exists(file) ? Dictionary.withOperatorFile(file) : Dictionary.builtIn());
    } catch (DictionaryException e) {
      throw new IllegalStateException(
          "the demo's proofreading.yaml is invalid: " + e.problems(), e);
    }
  }

  public static ContentSet read() {
    try {
      return new ContentReader().read(FOLDER);
    } catch (InvalidContentException e) {
      throw new IllegalStateException("the demo cluster is invalid: " + e.problems(), e);
    }
  }
}
