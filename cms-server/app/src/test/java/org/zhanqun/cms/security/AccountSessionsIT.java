package org.zhanqun.cms.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhanqun.cms.testing.ApiResponseAssert.assertThat;
import static org.zhanqun.cms.testing.JsonBody.object;

import jakarta.json.JsonObject;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhanqun.cms.testing.ApiClient;
import org.zhanqun.cms.testing.ApiResponse;
import org.zhanqun.cms.testing.DemoUser;
import org.zhanqun.cms.testing.ForwardedLogin;
import org.zhanqun.cms.testing.TestDeployment;
import org.zhanqun.cms.testing.Unique;
import org.zhanqun.cms.testing.ZhanqunIT;

/**
 * Changing one's password, an administrator's reset, disabling accounts and revoking sessions: each
 * revokes the tokens it must, at once.
 */
@ZhanqunIT
class AccountSessionsIT {

  private static final String PASSWORD = "sessions-test-2026";
  private static final String NEW_PASSWORD = "sessions-new-2026";

  /** Wrong passwords come "from" here, so that the loopback address collects no failures. */
  private static final String CLIENT = "198.18.0.1";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TestDeployment.war();
  }

  @ArquillianResource URL base;

  private ApiClient anonymous;
  private ApiClient admin;
  private ForwardedLogin login;

  @BeforeEach
  void connect() {
    anonymous = ApiClient.anonymous(base);
    admin = anonymous.as(DemoUser.ADMIN);
    login = new ForwardedLogin(base);
  }

  @Test
  void changingOnesPasswordRevokesEverySessionAndTheOldPassword() {
    String user = newUser();
    ApiClient first = anonymous.as(user, PASSWORD);
    ApiClient second = anonymous.as(user, PASSWORD);

    ApiResponse changed =
        first.put(
            "auth/password", object("currentPassword", PASSWORD, "newPassword", NEW_PASSWORD));

    assertThat(changed).hasStatus(204);
    assertThat(first.get("auth/me")).hasStatus(401);
    assertThat(second.get("auth/me")).hasStatus(401);
    assertThat(login.from(CLIENT, user, PASSWORD)).hasStatus(401);
    assertThat(login.from(CLIENT, user, NEW_PASSWORD)).hasStatus(200);
  }

  @Test
  void refusesAPasswordChangeWithoutTheCurrentPasswordOrWithAShortNewOne() {
    String user = newUser();
    ApiClient client = anonymous.as(user, PASSWORD);

    ApiResponse wrongCurrent =
        client.put(
            "auth/password",
            object("currentPassword", "not-my-password", "newPassword", NEW_PASSWORD));
    ApiResponse tooShort =
        client.put("auth/password", object("currentPassword", PASSWORD, "newPassword", "short"));

    assertThat(wrongCurrent).hasStatus(400).hasErrorOn("currentPassword");
    assertThat(tooShort).hasStatus(400).hasErrorOn("newPassword");
    assertThat(client.get("auth/me")).as("nothing changed").hasStatus(200);
    assertThat(login.from(CLIENT, user, PASSWORD)).hasStatus(200);
  }

  @Test
  void aDisabledAccountCannotLogInAndItsTokensStopWorking() {
    String user = newUser();
    ApiClient client = anonymous.as(user, PASSWORD);

    ApiResponse disabled = admin.post("users/" + user + "/disable");

    assertThat(disabled).hasStatus(200);
    assertThat(disabled.json().getBoolean("active")).isFalse();
    assertThat(client.get("auth/me")).hasStatus(401);
    ApiResponse refused = login.from(CLIENT, user, PASSWORD);
    assertThat(refused).hasStatus(401);
    assertThat(refused.json().getString("message")).contains("disabled");
    assertThat(
            admin.get("users").array().getValuesAs(JsonObject.class).stream()
                .filter(u -> u.getString("username").equals(user))
                .findFirst()
                .orElseThrow()
                .getBoolean("active"))
        .isFalse();

    assertThat(admin.post("users/" + user + "/enable")).hasStatus(200);
    assertThat(login.from(CLIENT, user, PASSWORD)).hasStatus(200);
  }

  @Test
  void onlyAdministratorsDisableAccountsAndNeverTheirOwn() {
    String user = newUser();

    assertThat(anonymous.as(DemoUser.REVIEWER_FGW).post("users/" + user + "/disable"))
        .hasStatus(403);
    assertThat(admin.post("users/admin/disable")).hasStatus(400).hasErrorOn("username");
    assertThat(login.from(CLIENT, user, PASSWORD)).hasStatus(200);
  }

  @Test
  void anAdministratorsResetReplacesThePasswordAndRevokesTheSessions() {
    String user = newUser();
    ApiClient client = anonymous.as(user, PASSWORD);

    ApiResponse reset = admin.put("users/" + user + "/password", object("password", NEW_PASSWORD));

    assertThat(reset).hasStatus(204);
    assertThat(client.get("auth/me")).hasStatus(401);
    assertThat(login.from(CLIENT, user, PASSWORD)).hasStatus(401);
    assertThat(login.from(CLIENT, user, NEW_PASSWORD)).hasStatus(200);
    assertThat(admin.put("users/" + user + "/password", object("password", "short")))
        .hasStatus(400)
        .hasErrorOn("password");
  }

  @Test
  void anAdministratorRevokesEverySessionOfAUser() {
    String user = newUser();
    ApiClient first = anonymous.as(user, PASSWORD);
    ApiClient second = anonymous.as(user, PASSWORD);

    assertThat(admin.delete("users/" + user + "/sessions")).hasStatus(204);

    assertThat(first.get("auth/me")).hasStatus(401);
    assertThat(second.get("auth/me")).hasStatus(401);
    assertThat(login.from(CLIENT, user, PASSWORD)).as("the password still works").hasStatus(200);
  }

  private String newUser() {
    String username = Unique.slug("sessions");
    ApiResponse created =
        admin.post(
            "users", object("username", username, "password", PASSWORD, "displayName", "Sessions"));
    assertThat(created).hasStatus(201);
    return username;
  }
}
