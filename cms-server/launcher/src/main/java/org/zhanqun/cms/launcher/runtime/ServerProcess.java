package org.zhanqun.cms.launcher.runtime;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * A long-running child process (a server) whose standard output and error go to one log file, so
 * the console stays clean.
 *
 * <p>Lifecycle: {@link #start}, then {@link #stop} once it is no longer wanted; {@code stop} is
 * idempotent. Thread-safe: one thread may wait in {@link #waitForExit} while another stops it.
 */
public final class ServerProcess {

  private final String name;
  private final Process process;
  private final Path log;

  private ServerProcess(String name, Process process, Path log) {
    this.name = name;
    this.process = process;
    this.log = log;
  }

  /**
   * Starts {@code command} with {@code environment} added to this process's environment, writing
   * its output to {@code log} (replaced, parent folders created).
   *
   * @param name what the process is, for people ("Payara Micro")
   * @throws StartupException when the process cannot be started
   */
  public static ServerProcess start(
      String name, List<String> command, Map<String, String> environment, Path log) {
    try {
      Files.createDirectories(log.toAbsolutePath().getParent());
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(Redirect.to(log.toFile()));
      builder.environment().putAll(environment);
      return new ServerProcess(name, builder.start(), log);
    } catch (IOException e) {
      throw new StartupException(
          "cannot start " + name + " (" + command.get(0) + "): " + e.getMessage(),
          log,
          List.of(),
          e);
    }
  }

  /** What the process is, for people. */
  public String name() {
    return name;
  }

  /** The operating system's process id. */
  public long pid() {
    return process.pid();
  }

  /** The file that receives the process's output. */
  public Path log() {
    return log;
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** Blocks until the process ends, for whatever reason, and returns its exit code. */
  public int waitForExit() throws InterruptedException {
    return process.waitFor();
  }

  /**
   * Asks the process to end (SIGTERM on Unix), waits up to {@code grace}, then kills it and any
   * process it started. Returns once it has ended. Does nothing when it has already ended.
   */
  public void stop(Duration grace) {
    List<ProcessHandle> descendants = process.descendants().toList();
    process.destroy();
    try {
      if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        process.waitFor();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
  }

  /** Whether the log so far has a line matching {@code line}. */
  public boolean logHasLine(Pattern line) {
    return readLog().lines().anyMatch(text -> line.matcher(text).find());
  }

  /**
   * The last {@code count} lines of the log, fewer when it is shorter; empty when it cannot be
   * read. Here and in {@link #logHasLine}, bytes that are not UTF-8 are replaced, never fatal.
   */
  public List<String> lastLogLines(int count) {
    List<String> lines = readLog().lines().toList();
    return lines.subList(Math.max(0, lines.size() - count), lines.size());
  }

  private String readLog() {
    try {
      return new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
    } catch (IOException unreadable) {
      return "";
    }
  }
}
