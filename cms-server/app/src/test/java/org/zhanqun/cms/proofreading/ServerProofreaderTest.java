package org.zhanqun.cms.proofreading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhanqun.cms.infrastructure.error.Failure;
import org.zhanqun.cms.testing.HandClock;
import org.zhanqun.proofreading.Category;
import org.zhanqun.proofreading.Finding;

class ServerProofreaderTest {

  private final HandClock clock = new HandClock(Instant.parse("2026-12-02T08:00:00Z"));

  @Test
  void anUnusableOperatorFileAnswers503NamingTheFileAndLineAndReportsItToHealth(
      @TempDir Path folder) throws Exception {
    Path file = folder.resolve("proofreading.yaml");
    Files.writeString(file, "officials:\n  - name: 周明远\n    titles: [市长]\n  - name: \"\"\n");

    ServerProofreader server = loaded(file);

    assertThatThrownBy(server::proofreader)
        .isInstanceOfSatisfying(
            ProofreadingUnavailableException.class,
            e -> assertThat(e.failure()).isEqualTo(Failure.UNAVAILABLE))
        .hasMessageContaining(file.getFileName().toString())
        .hasMessageMatching("(?s).*proofreading\\.yaml:\\d+.*");
    assertThat(server.name()).isEqualTo("proofreading");
    assertThat(server.problem()).isPresent();
  }

  @Test
  void checksWithTheOperatorsOfficialsWhenTheFileIsUsable(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("proofreading.yaml");
    Files.writeString(file, "officials:\n  - name: 周明远\n    titles: [市长]\n    wrongForms: [周明元]\n");

    ServerProofreader server = loaded(file);

    assertThat(server.problem()).isEmpty();
    assertThat(server.proofreader().check("title", "周明元市长主持召开常务会议"))
        .extracting(f -> f.category())
        .containsExactly(Category.OFFICIAL_NAME);
  }

  @Test
  void anEditedFileIsUsedWithoutARestartOnceTheServerLooksAgain(@TempDir Path folder)
      throws Exception {
    Path file = folder.resolve("proofreading.yaml");
    Files.writeString(file, "officials:\n  - name: 周明远\n    titles: [市长]\n    wrongForms: [周明元]\n");
    ServerProofreader server = loaded(file);

    edit(
        file,
        "officials:\n  - name: 周明远\n    titles: [市长]\n    wrongForms: [周明元]\n"
            + "  - name: 钱国栋\n    titles: [副市长]\n    wrongForms: [钱国东]\n");

    assertThat(server.proofreader().check("title", "钱国东副市长调研"))
        .as("not looked at again before %s", ServerProofreader.LOOK_EVERY)
        .isEmpty();
    clock.advance(ServerProofreader.LOOK_EVERY);
    assertThat(server.proofreader().check("title", "钱国东副市长调研"))
        .extracting(Finding::text)
        .containsExactly("钱国东");
    assertThat(server.problem()).isEmpty();
  }

  @Test
  void anUnusableEditKeepsThePreviousDictionaryInUseAndShowsTheProblemUntilFixed(
      @TempDir Path folder) throws Exception {
    Path file = folder.resolve("proofreading.yaml");
    Files.writeString(file, "officials:\n  - name: 周明远\n    titles: [市长]\n    wrongForms: [周明元]\n");
    ServerProofreader server = loaded(file);

    edit(
        file,
        "officials:\n  - name: 周明远\n    titles: [市长]\n    wrongForms: [周明元]\n  - name: \"\"\n");
    clock.advance(ServerProofreader.LOOK_EVERY);

    assertThat(server.proofreader().check("title", "周明元市长主持召开常务会议"))
        .as("the previous dictionary")
        .extracting(Finding::category)
        .containsExactly(Category.OFFICIAL_NAME);
    assertThat(server.problem())
        .hasValueSatisfying(
            problem ->
                assertThat(problem)
                    .matches("(?s).*proofreading\\.yaml:\\d+.*")
                    .contains("the previous dictionary stays in use"));

    edit(file, "officials:\n  - name: 周明远\n    titles: [市长]\n    wrongForms: [周明远先生]\n");
    clock.advance(ServerProofreader.LOOK_EVERY);

    assertThat(server.proofreader().check("title", "周明元市长主持召开常务会议")).isEmpty();
    assertThat(server.problem()).isEmpty();
  }

  @Test
  void aFileFixedAfterAnUnusableStartEndsThe503WithoutARestart(@TempDir Path folder)
      throws Exception {
    Path file = folder.resolve("proofreading.yaml");
    Files.writeString(file, "officials:\n  - name: \"\"\n");
    ServerProofreader server = loaded(file);
    assertThatThrownBy(server::proofreader).isInstanceOf(ProofreadingUnavailableException.class);

    edit(file, "officials:\n  - name: 周明远\n    titles: [市长]\n    wrongForms: [周明元]\n");
    clock.advance(ServerProofreader.LOOK_EVERY);

    assertThat(server.proofreader().check("title", "周明元市长")).hasSize(1);
    assertThat(server.problem()).isEmpty();
  }

  private ServerProofreader loaded(Path file) {
    ServerProofreader server = new ServerProofreader();
    server.operatorFile = Optional.of(file.toString());
    server.clock = clock;
    server.load();
    return server;
  }

  /** Rewrites the file with a later modification time, as an operator's save would. */
  private static void edit(Path file, String text) throws Exception {
    FileTime before = Files.getLastModifiedTime(file);
    Files.writeString(file, text);
    Files.setLastModifiedTime(file, FileTime.fromMillis(before.toMillis() + 1_000));
  }
}
