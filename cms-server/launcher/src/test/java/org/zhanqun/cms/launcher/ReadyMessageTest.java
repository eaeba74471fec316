package org.zhanqun.cms.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhanqun.cms.launcher.runtime.DemoAccount;
import org.zhanqun.cms.launcher.runtime.ReadyServer;

class ReadyMessageTest {

  private static ReadyServer server(List<DemoAccount> demoAccounts) {
    return new ReadyServer(
        URI.create("http://localhost:8080/api/v1"),
        URI.create("http://localhost:8080/openapi"),
        URI.create("http://localhost:8080/"),
        "embedded MariaDB on port 3307, data in /srv/zhanqun/mariadb",
        demoAccounts,
        Path.of("/srv/zhanqun/logs/payara.log"));
  }

  @Test
  void showsUrlsDatabaseLogAndStartupTime() {
    String message = ReadyMessage.of(server(List.of()), Duration.ofMillis(23_456));

    assertThat(message)
        .contains("ready, 23.5 s after start")
        .contains("Site:       http://localhost:8080/ (the published cluster")
        .contains("Console:    http://localhost:8080/admin/ (the editorial web console)")
        .contains("API:        http://localhost:8080/api/v1")
        .contains("OpenAPI:    http://localhost:8080/openapi")
        .contains("Database:   embedded MariaDB on port 3307")
        .contains("/srv/zhanqun/logs/payara.log")
        .contains("Ctrl-C")
        .doesNotContain("Demo accounts");
  }

  @Test
  void listsEveryDemoAccountWithPasswordAndRole() {
    String message = ReadyMessage.of(server(DemoAccount.ALL), Duration.ofSeconds(30));

    assertThat(message).contains("Demo accounts");
    for (DemoAccount account : DemoAccount.ALL) {
      assertThat(message)
          .containsPattern(
              account.username() + " / " + account.password() + "\\s+" + account.role());
    }
  }

  @Test
  void demoAccountsAreTheSixTheServerCreates() {
    assertThat(DemoAccount.ALL)
        .extracting(DemoAccount::username)
        .containsExactly(
            "admin", "editor.fgw", "reviewer.fgw", "editor.jyj", "reviewer.jyj", "evaluator");
  }
}
