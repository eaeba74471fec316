package org.zhanqun.cms.launcher.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RunSettingsTest {

  private static RunSettings settings(int httpPort, Optional<DatabaseUrl> externalDatabase) {
    return new RunSettings(
        new TcpPort(httpPort),
        ListenAddress.LOOPBACK,
        Path.of("work/../data"),
        externalDatabase,
        new TcpPort(3307),
        Optional.empty(),
        Optional.empty(),
        Map.of());
  }

  @Test
  void keepsEverythingInTheAbsoluteWorkFolder() {
    RunSettings settings = settings(8080, Optional.empty());
    Path work = Path.of("data").toAbsolutePath();

    assertThat(settings.workDir()).isEqualTo(work);
    assertThat(settings.mariaDbDir()).isEqualTo(work.resolve("mariadb"));
    assertThat(settings.payaraRootDir()).isEqualTo(work.resolve("payara"));
    assertThat(settings.logDir()).isEqualTo(work.resolve("logs"));
  }

  @Test
  void isEmbeddedModeExactlyWithoutAnExternalDatabase() {
    assertThat(settings(8080, Optional.empty()).embeddedMode()).isTrue();
    assertThat(
            settings(8080, Optional.of(new DatabaseUrl("jdbc:mariadb://db/zhanqun")))
                .embeddedMode())
        .isFalse();
  }

  @Test
  void showsLocalhostUrlsAndProbesLoopback() {
    RunSettings settings = settings(9090, Optional.empty());

    assertThat(settings.apiUri()).isEqualTo(URI.create("http://localhost:9090/api/v1"));
    assertThat(settings.openApiUri()).isEqualTo(URI.create("http://localhost:9090/openapi"));
    assertThat(settings.healthProbeUri())
        .isEqualTo(URI.create("http://127.0.0.1:9090/api/v1/health"));
  }

  @Test
  void rejectsAnyFreeHttpPort() {
    assertThatThrownBy(() -> settings(0, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("HTTP port");
  }
}
