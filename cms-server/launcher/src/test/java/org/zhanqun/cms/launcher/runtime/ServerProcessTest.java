package org.zhanqun.cms.launcher.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

@DisabledOnOs(OS.WINDOWS)
class ServerProcessTest {

  @TempDir Path folder;

  private ServerProcess startShell(String script, Map<String, String> environment) {
    return ServerProcess.start(
        "test shell", List.of("/bin/sh", "-c", script), environment, folder.resolve("logs/x.log"));
  }

  @Test
  void writesOutputAndErrorsToTheLogAndKeepsItsLastLines() throws InterruptedException {
    ServerProcess process =
        startShell("for i in 1 2 3 4 5; do echo line $i; done; echo oops >&2", Map.of());

    assertThat(process.waitForExit()).isZero();
    assertThat(process.lastLogLines(3)).containsExactly("line 4", "line 5", "oops");
    assertThat(process.lastLogLines(100)).hasSize(6);
    assertThat(process.logHasLine(Pattern.compile("^line \\d$"))).isTrue();
    assertThat(process.logHasLine(Pattern.compile("ready"))).isFalse();
  }

  @Test
  void addsTheGivenVariablesToTheEnvironment() throws InterruptedException {
    ServerProcess process = startShell("echo \"$ZHANQUN_TEST\"", Map.of("ZHANQUN_TEST", "given"));

    process.waitForExit();

    assertThat(process.lastLogLines(1)).containsExactly("given");
  }

  @Test
  void stopEndsAProcessThatHonoursSigterm() {
    ServerProcess process = startShell("exec sleep 60", Map.of());

    process.stop(Duration.ofSeconds(10));

    assertThat(process.isAlive()).isFalse();
  }

  @Test
  @Timeout(30) // a stop that waited on the ignored SIGTERM would never return
  void stopKillsAProcessThatIgnoresSigtermAfterTheGracePeriod() {
    ServerProcess process =
        startShell("trap '' TERM; echo trapped; while true; do sleep 1; done", Map.of());
    await("the shell traps SIGTERM")
        .atMost(Duration.ofSeconds(10))
        .until(() -> process.logHasLine(Pattern.compile("trapped")));

    process.stop(Duration.ofMillis(500));

    assertThat(process.isAlive()).isFalse();
  }

  @Test
  void stopIsHarmlessWhenTheProcessHasEnded() throws InterruptedException {
    ServerProcess process = startShell("exit 3", Map.of());
    assertThat(process.waitForExit()).isEqualTo(3);

    process.stop(Duration.ofSeconds(1));

    assertThat(process.isAlive()).isFalse();
  }

  @Test
  void failsToStartWithTheNameOfTheProcessAndTheExecutable() {
    assertThatThrownBy(
            () ->
                ServerProcess.start(
                    "Payara Micro",
                    List.of(folder.resolve("no-such-java").toString()),
                    Map.of(),
                    folder.resolve("x.log")))
        .isInstanceOf(StartupException.class)
        .hasMessageContaining("cannot start Payara Micro")
        .hasMessageContaining("no-such-java");
  }

  @Test
  void reportsNoLinesWhenTheLogIsMissing() throws Exception {
    ServerProcess process = startShell("true", Map.of());
    process.waitForExit();
    Files.delete(process.log());

    assertThat(process.lastLogLines(40)).isEmpty();
  }
}
