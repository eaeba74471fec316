package org.zhanqun.builder.writer;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/** Another writer held an output folder's {@link OutputLock} for longer than the caller waited. */
public final class OutputBusyException extends IOException {

  private final Path output;
  private final String holder;

  OutputBusyException(Path output, String holder, Duration waited) {
    super(
        "The output folder "
            + output
            + " is being written by "
            + holder
            + "; waited "
            + String.format(java.util.Locale.ROOT, "%.1f", waited.toMillis() / 1000.0)
            + " s. Nothing was written: try again when it has finished.");
    this.output = output;
    this.holder = holder;
  }

  /** The output folder, absolute. */
  public Path output() {
    return output;
  }

  /** Who holds it, as its lock file says: process id, host, command and since when. */
  public String holder() {
    return holder;
  }
}
