package org.zhanqun.builder.writer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * The right to write one output folder, held by one writer at a time across processes: a {@code
 * ./zhanqun build} and a content server's publisher never write the same folder at once. It is an
 * operating-system file lock ({@link FileChannel#tryLock}) on {@value #FILE_NAME} in the folder's
 * versions folder ({@code .<name>.versions/}, which {@link PublishedFolder} owns; not in the output
 * itself, which is a symbolic link that every build swaps). The holder writes its process id, host
 * and command into the file, so that whoever waits can say who holds it.
 *
 * <p>The lock is released by {@link #close}, and by the operating system when the holder dies: a
 * crashed build never leaves the folder locked. A second writer in the same process is refused like
 * one in another process. An instance is held by the thread that took it; {@link #close} is
 * idempotent.
 */
public final class OutputLock implements AutoCloseable {

  /** The lock file's name in the versions folder. */
  public static final String FILE_NAME = ".zhanqun.lock";

  /**
   * The byte locked: far beyond the holder's text, so that the text stays readable where locks are
   * mandatory (Windows).
   */
  private static final long LOCKED_BYTE = Long.MAX_VALUE - 1;

  private static final Duration RETRY = Duration.ofMillis(100);

  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;

  private OutputLock(Path file, FileChannel channel, FileLock lock) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the lock of {@code output}, waiting up to {@code patience} while another writer holds it.
   *
   * @param output the output folder (the symbolic link), which need not exist yet
   * @param command what the caller is, for the message of whoever waits for it, e.g. {@code zhanqun
   *     build --output public}
   * @param waiting told once, with the holder, when the lock is taken and the caller starts to wait
   * @throws OutputBusyException when another writer still holds it after {@code patience}
   * @throws IOException when the lock file cannot be created or locked
   */
  public static OutputLock acquire(
      Path output, Duration patience, String command, Consumer<String> waiting) throws IOException {
    return acquire(output, patience, command, waiting, Clock.systemUTC());
  }

  static OutputLock acquire(
      Path output, Duration patience, String command, Consumer<String> waiting, Clock clock)
      throws IOException {
    Path folder = PublishedFolder.versionsOf(output);
    Files.createDirectories(folder);
    Path file = folder.resolve(FILE_NAME);
    Instant deadline = clock.instant().plus(patience);
    boolean told = false;
    while (true) {
      FileChannel channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      FileLock lock = tryLock(channel);
      if (lock != null) {
        OutputLock held = new OutputLock(file, channel, lock);
        held.writeHolder(command, clock.instant());
        return held;
      }
      channel.close();
      String holder = holder(file);
      if (!clock.instant().isBefore(deadline)) {
        throw new OutputBusyException(output.toAbsolutePath().normalize(), holder, patience);
      }
      if (!told) {
        waiting.accept(holder);
        told = true;
      }
      pause();
    }
  }

  /** The lock, or null when another process or another channel of this one holds it. */
  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock(LOCKED_BYTE, 1, false);
    } catch (OverlappingFileLockException e) {
      return null; // held in this process
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  private static void pause() throws IOException {
    try {
      Thread.sleep(RETRY.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for the output folder", e);
    }
  }

  /** What the holder wrote into the lock file, in one line; a stand-in when it wrote nothing. */
  static String holder(Path file) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8).strip();
      return text.isEmpty() ? "another writer (not named yet)" : text.replace('\n', ' ');
    } catch (IOException e) {
      return "another writer (" + file + " cannot be read: " + e.getMessage() + ")";
    }
  }

  private void writeHolder(String command, Instant since) throws IOException {
    String text =
        "pid "
            + ProcessHandle.current().pid()
            + " on "
            + hostName()
            + " ("
            + command
            + "), since "
            + since
            + "\n";
    channel.truncate(0);
    channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), 0);
    channel.force(false);
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "an unknown host";
    }
  }

  /** The lock file. */
  public Path file() {
    return file;
  }

  /** Empties the lock file and releases the lock. */
  @Override
  public void close() throws IOException {
    if (!channel.isOpen()) {
      return;
    }
    try {
      channel.truncate(0);
      lock.release();
    } finally {
      channel.close();
    }
  }
}
