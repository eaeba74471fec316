package org.zhanqun.cms.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.zhanqun.cms.testing.ApiResponseAssert.assertThat;
import static org.zhanqun.cms.testing.JsonBody.object;

import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhanqun.cms.testing.ApiClient;
import org.zhanqun.cms.testing.ApiResponse;
import org.zhanqun.cms.testing.DemoUser;
import org.zhanqun.cms.testing.ForwardedLogin;
import org.zhanqun.cms.testing.ShippedConfig;
import org.zhanqun.cms.testing.TestDeployment;
import org.zhanqun.cms.testing.Unique;
import org.zhanqun.cms.testing.ZhanqunIT;

/**
 * Password guessing is slowed per account and per client address (429 with Retry-After), and the
 * credentials' sizes are bounded. Each test uses accounts and client addresses of its own.
 */
@ZhanqunIT
class LoginThrottlingIT {

  private static final String PASSWORD = "throttle-test-2026";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TestDeployment.war();
  }

  @ArquillianResource URL base;

  private ApiClient anonymous;
  private ForwardedLogin login;

  @BeforeEach
  void connect() {
    anonymous = ApiClient.anonymous(base);
    login = new ForwardedLogin(base);
  }

  @Test
  void makesAnAccountWaitAfterRepeatedWrongPasswordsEvenWithTheRightOne() {
    String user = newUser();
    String client = address("198.51.100.");
    long free = ShippedConfig.number("zhanqun.login.account-free-failures");

    List<ApiResponse> answers = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      answers.add(login.from(client, user, "wrong-password-" + i));
    }

    assertThat(answers.subList(0, (int) free)).allSatisfy(a -> assertThat(a).hasStatus(401));
    assertThat(answers.get(9)).hasStatus(429);
    ApiResponse right = login.from(client, user, PASSWORD);
    assertThat(right).hasStatus(429);
    assertThat(retryAfter(right)).isPositive();
    assertThat(right.json().getString("message")).contains("too many failed logins");
    assertThat(login.from(address("192.0.2."), user, PASSWORD))
        .as("the account waits whatever the address")
        .hasStatus(429);
  }

  @Test
  void letsOtherAccountsLogInWhileOneWaits() {
    String locked = newUser();
    String other = newUser();
    String client = address("198.51.100.");
    for (int i = 0; i < 10; i++) {
      login.from(client, locked, "wrong-password-" + i);
    }
    assertThat(login.from(client, locked, PASSWORD)).hasStatus(429);

    assertThat(login.from(client, other, PASSWORD)).hasStatus(200);
  }

  @Test
  void forgetsTheAccountsFailuresAfterTheWaitAndASuccessfulLogin() {
    String user = newUser();
    String client = address("198.51.100.");
    for (int i = 0; i < 10; i++) {
      login.from(client, user, "wrong-password-" + i);
    }

    ApiResponse afterWait = loginOnceAllowed(client, user);

    assertThat(afterWait).hasStatus(200);
    assertThat(login.from(client, user, "wrong-once-more"))
        .as("the successful login reset the account's counter")
        .hasStatus(401);
  }

  @Test
  void makesAnAddressWaitAfterWrongPasswordsForManyAccounts() {
    String user = newUser();
    String client = address("203.0.113.");
    long free = ShippedConfig.number("zhanqun.login.address-free-failures");

    for (int i = 0; i <= free; i++) {
      assertThat(login.from(client, Unique.slug("nobody"), "wrong-password")).hasStatus(401);
    }

    ApiResponse refused = login.from(client, user, PASSWORD);
    assertThat(refused).hasStatus(429);
    assertThat(retryAfter(refused)).isPositive();
    assertThat(login.from(address("192.0.2."), user, PASSWORD))
        .as("another address is not held up")
        .hasStatus(200);
  }

  @Test
  void refusesCredentialsLongerThanAnyAccountCanHave() {
    ApiResponse longName =
        anonymous.post(
            "auth/login", object("username", "u".repeat(65), "password", "whatever-2026"));
    ApiResponse longPassword =
        anonymous.post("auth/login", object("username", "editor.fgw", "password", "p".repeat(201)));

    assertThat(longName).hasStatus(400).hasErrorOn("username");
    assertThat(longPassword).hasStatus(400).hasErrorOn("password");
  }

  /** Retries the right password, cheaply refused while the account waits, until it is let in. */
  private ApiResponse loginOnceAllowed(String client, String user) {
    return await(user + " no longer held up")
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> login.from(client, user, PASSWORD), answer -> answer.status() != 429);
  }

  private String newUser() {
    String username = Unique.slug("throttle");
    ApiResponse created =
        anonymous
            .as(DemoUser.ADMIN)
            .post(
                "users",
                object("username", username, "password", PASSWORD, "displayName", "Throttle"));
    assertThat(created).hasStatus(201);
    return username;
  }

  private static String address(String prefix) {
    return prefix + ThreadLocalRandom.current().nextInt(1, 255);
  }

  private static long retryAfter(ApiResponse response) {
    return Long.parseLong(response.header("Retry-After").orElseThrow());
  }
}
