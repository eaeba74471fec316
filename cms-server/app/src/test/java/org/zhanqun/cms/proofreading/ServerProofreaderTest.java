package org.zhanqun.cms.proofreading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhanqun.cms.infrastructure.error.Failure;
import org.zhanqun.proofreading.Category;

class ServerProofreaderTest {

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

  private static ServerProofreader loaded(Path file) {
    ServerProofreader server = new ServerProofreader();
    server.operatorFile = Optional.of(file.toString());
    server.load();
    return server;
  }
}
