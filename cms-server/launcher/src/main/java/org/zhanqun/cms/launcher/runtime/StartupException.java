package org.zhanqun.cms.launcher.runtime;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The runtime could not be brought up. The message says what failed and what to do; the log and its
 * last lines, when there are any, show why.
 */
public final class StartupException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Path log;
  private final transient List<String> logTail;

  /**
   * @param message what failed, for people
   * @param log the log that shows why; may be null
   * @param logTail the last lines of that log; empty when there is none
   * @param cause may be null
   */
  public StartupException(String message, Path log, List<String> logTail, Throwable cause) {
    super(message, cause);
    this.log = log;
    this.logTail = List.copyOf(logTail);
  }

  public StartupException(String message) {
    this(message, null, List.of(), null);
  }

  /** The log that shows why, when there is one. */
  public Optional<Path> log() {
    return Optional.ofNullable(log);
  }

  /** The last lines of {@link #log()}; empty when there is no log or it was not read. */
  public List<String> logTail() {
    return logTail;
  }
}
