package org.zhanqun.builder.writer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class OutputLockTest {

  @TempDir Path temp;

  private Path output() {
    return temp.resolve("public");
  }

  @Test
  void aSecondWriterIsRefusedWithAMessageNamingTheFolderAndTheHolder() throws IOException {
    try (OutputLock first = OutputLock.acquire(output(), Duration.ZERO, "server a", h -> {})) {
      assertThatThrownBy(() -> OutputLock.acquire(output(), Duration.ZERO, "build b", h -> {}))
          .isInstanceOf(OutputBusyException.class)
          .hasMessageContaining("The output folder " + output() + " is being written by")
          .hasMessageContaining("pid " + ProcessHandle.current().pid())
          .hasMessageContaining("(server a)")
          .hasMessageContaining("Nothing was written");
    }
  }

  @Test
  void theLockFileLiesBesideTheOutputLinkInItsVersionsFolder() throws IOException {
    try (OutputLock lock = OutputLock.acquire(output(), Duration.ZERO, "server a", h -> {})) {
      assertThat(lock.file()).isEqualTo(temp.resolve(".public.versions/.zhanqun.lock"));
      assertThat(Files.readString(lock.file())).contains("server a");
    }
    assertThat(output()).doesNotExist();
  }

  @Test
  void aReleasedLockIsTakenAtOnceAndNamesNobodyMeanwhile() throws IOException {
    OutputLock first = OutputLock.acquire(output(), Duration.ZERO, "server a", h -> {});
    first.close();
    first.close();

    assertThat(Files.readString(first.file())).isEmpty();
    try (OutputLock second = OutputLock.acquire(output(), Duration.ZERO, "build b", h -> {})) {
      assertThat(Files.readString(second.file())).contains("build b").doesNotContain("server a");
    }
  }

  @Test
  @Timeout(30)
  void aWaitingWriterIsToldWhoHoldsTheLockAndTakesItOnceReleased() throws Exception {
    OutputLock first = OutputLock.acquire(output(), Duration.ZERO, "server a", h -> {});
    CountDownLatch waiting = new CountDownLatch(1);
    AtomicReference<String> holder = new AtomicReference<>();

    CompletableFuture<OutputLock> second =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return OutputLock.acquire(
                    output(),
                    Duration.ofMinutes(1),
                    "build b",
                    h -> {
                      holder.set(h);
                      waiting.countDown();
                    });
              } catch (IOException e) {
                throw new IllegalStateException(e);
              }
            });
    assertThat(waiting.await(20, TimeUnit.SECONDS)).isTrue();
    assertThat(second).isNotDone();
    first.close();

    try (OutputLock taken = second.get(20, TimeUnit.SECONDS)) {
      assertThat(holder.get()).contains("server a");
      assertThat(Files.readString(taken.file())).contains("build b");
    }
  }

  @Test
  void aWriterThatWaitedInVainSaysHowLong() throws IOException {
    try (OutputLock first = OutputLock.acquire(output(), Duration.ZERO, "server a", h -> {})) {
      assertThatThrownBy(
              () -> OutputLock.acquire(output(), Duration.ofMillis(300), "build b", h -> {}))
          .isInstanceOf(OutputBusyException.class)
          .hasMessageContaining("waited 0.3 s");
    }
  }
}
