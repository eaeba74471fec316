package org.zhanqun.cms.launcher.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PayaraMicroCommandTest {

  private static final Path JAVA = Path.of("/opt/jdk/bin/java");
  private static final Installation INSTALLATION = Installation.in(Path.of("/opt/zhanqun/runtime"));
  private static final Path WORK = Path.of("/srv/zhanqun");

  private static RunSettings settings(
      Optional<DatabaseUrl> externalDatabase, Optional<String> user, Optional<String> password) {
    return new RunSettings(
        new TcpPort(8080),
        ListenAddress.LOOPBACK,
        WORK,
        externalDatabase,
        new TcpPort(3307),
        user,
        password,
        Map.of());
  }

  @Test
  void runsTheWarAtTheRootWithTheEmbeddedDatabaseAndDemoAccounts() {
    PayaraMicroCommand command =
        new PayaraMicroCommand(
            JAVA,
            INSTALLATION,
            settings(Optional.empty(), Optional.empty(), Optional.empty()),
            new DatabaseUrl("jdbc:mariadb://127.0.0.1:3307/zhanqun"));

    assertThat(command.arguments())
        .containsExactly(
            "/opt/jdk/bin/java",
            "-Xmx1g",
            "-Duser.timezone=UTC",
            "-Dzhanqun.db.url=jdbc:mariadb://127.0.0.1:3307/zhanqun",
            "-Dzhanqun.demo-accounts=true",
            "-Dzhanqun.http.bind-address=127.0.0.1",
            "-jar",
            "/opt/zhanqun/runtime/payara-micro.jar",
            "--deploy",
            "/opt/zhanqun/runtime/zhanqun-cms.war",
            "--contextroot",
            "/",
            "--port",
            "8080",
            "--nohazelcast",
            "--disablephonehome",
            "--rootdir",
            "/srv/zhanqun/payara",
            "--prebootcommandfile",
            "/srv/zhanqun/payara/zhanqun-preboot.asadmin");
    assertThat(command.environment()).isEmpty();
  }

  @Test
  void passesTheExternalDatabaseAndUserWithoutDemoAccounts() {
    PayaraMicroCommand command =
        new PayaraMicroCommand(
            JAVA,
            INSTALLATION,
            settings(
                Optional.of(new DatabaseUrl("jdbc:mariadb://db:3306/cms")),
                Optional.of("cms"),
                Optional.empty()),
            new DatabaseUrl("jdbc:mariadb://db:3306/cms"));

    assertThat(command.arguments())
        .contains(
            "-Dzhanqun.db.url=jdbc:mariadb://db:3306/cms",
            "-Dzhanqun.db.user=cms",
            "-Dzhanqun.demo-accounts=false");
  }

  @Test
  void passesThePasswordInTheEnvironmentAndNeverOnTheCommandLine() {
    PayaraMicroCommand command =
        new PayaraMicroCommand(
            JAVA,
            INSTALLATION,
            settings(
                Optional.of(new DatabaseUrl("jdbc:mariadb://db:3306/cms")),
                Optional.of("cms"),
                Optional.of("s3cret")),
            new DatabaseUrl("jdbc:mariadb://db:3306/cms"));

    assertThat(command.arguments()).noneMatch(argument -> argument.contains("s3cret"));
    assertThat(command.environment())
        .containsExactlyEntriesOf(Map.of("ZHANQUN_DB_PASSWORD", "s3cret"));
  }

  @Test
  void bindsTheHttpListenerToTheListenAddressBeforeBoot() {
    RunSettings settings =
        new RunSettings(
            new TcpPort(8080),
            ListenAddress.parse("0.0.0.0"),
            WORK,
            Optional.empty(),
            new TcpPort(3307),
            Optional.empty(),
            Optional.empty(),
            Map.of());
    PayaraMicroCommand command =
        new PayaraMicroCommand(
            JAVA, INSTALLATION, settings, new DatabaseUrl("jdbc:mariadb://127.0.0.1:3307/zhanqun"));

    assertThat(command.prebootCommands())
        .startsWith(
            "set configs.config.server-config.network-config.network-listeners.network-listener"
                + ".http-listener.address=0.0.0.0");
    assertThat(command.arguments()).contains("-Dzhanqun.http.bind-address=0.0.0.0");
  }

  @Test
  void namesNoServerSoftwareInTheAnswersHeaders() {
    PayaraMicroCommand command =
        new PayaraMicroCommand(
            JAVA,
            INSTALLATION,
            settings(Optional.empty(), Optional.empty(), Optional.empty()),
            new DatabaseUrl("jdbc:mariadb://127.0.0.1:3307/zhanqun"));

    assertThat(command.prebootCommands())
        .contains(
            "set configs.config.server-config.network-config.protocols.protocol.http-listener"
                + ".http.xpowered-by=false",
            "set configs.config.server-config.network-config.protocols.protocol.http-listener"
                + ".http.server-header=false");
  }

  @Test
  void passesFurtherServerSettingsOnButNotTheOnesItSetsItself() {
    RunSettings settings =
        new RunSettings(
            new TcpPort(8080),
            ListenAddress.LOOPBACK,
            WORK,
            Optional.empty(),
            new TcpPort(3307),
            Optional.empty(),
            Optional.empty(),
            Map.of(
                "zhanqun.token.ttl", "PT1H",
                "zhanqun.demo-accounts", "false",
                "zhanqun.db.url", "jdbc:mariadb://elsewhere/x"));
    PayaraMicroCommand command =
        new PayaraMicroCommand(
            JAVA, INSTALLATION, settings, new DatabaseUrl("jdbc:mariadb://127.0.0.1:3307/zhanqun"));

    assertThat(command.arguments())
        .contains(
            "-Dzhanqun.token.ttl=PT1H",
            "-Dzhanqun.demo-accounts=true",
            "-Dzhanqun.db.url=jdbc:mariadb://127.0.0.1:3307/zhanqun")
        .doesNotContain(
            "-Dzhanqun.demo-accounts=false", "-Dzhanqun.db.url=jdbc:mariadb://elsewhere/x");
    assertThat(command.arguments().indexOf("-Dzhanqun.token.ttl=PT1H"))
        .isLessThan(command.arguments().indexOf("-jar"));
  }
}
