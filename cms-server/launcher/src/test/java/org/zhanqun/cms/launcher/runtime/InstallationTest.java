package org.zhanqun.cms.launcher.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstallationTest {

  @TempDir Path runtime;

  @Test
  void namesTheFilesTheBuildCopiesIntoTheRuntimeFolder() {
    Installation installation = Installation.in(runtime);

    assertThat(installation.payaraMicroJar()).isEqualTo(runtime.resolve("payara-micro.jar"));
    assertThat(installation.cmsWar()).isEqualTo(runtime.resolve("zhanqun-cms.war"));
  }

  @Test
  void isCompleteWhenBothFilesExist() throws Exception {
    Files.createFile(runtime.resolve("payara-micro.jar"));
    Files.createFile(runtime.resolve("zhanqun-cms.war"));

    assertThat(Installation.in(runtime).requireComplete()).isNotNull();
  }

  @Test
  void namesTheMissingFileAndHowToBuildIt() throws Exception {
    Files.createFile(runtime.resolve("payara-micro.jar"));

    assertThatThrownBy(() -> Installation.in(runtime).requireComplete())
        .isInstanceOf(StartupException.class)
        .hasMessageContaining(runtime.resolve("zhanqun-cms.war").toString())
        .hasMessageContaining("./mvnw install");
  }

  @Test
  void looksNextToTheLaunchersCode() {
    assertThat(Installation.besideLauncher().payaraMicroJar().getParent().getFileName())
        .hasToString("runtime");
  }
}
