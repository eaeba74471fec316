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
import org.zhanqun.cms.testing.TestDeployment;
import org.zhanqun.cms.testing.ZhanqunIT;

/** Logging in and out, what needs a login (401) or a right (403), and what is public. */
@ZhanqunIT
class AuthenticationIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TestDeployment.war();
  }

  @ArquillianResource URL base;

  private ApiClient anonymous;

  @BeforeEach
  void connect() {
    anonymous = ApiClient.anonymous(base);
  }

  @Test
  void challengesARequestWithoutTokenForOne() {
    ApiResponse refused = anonymous.get("items");

    assertThat(refused).hasStatus(401);
    assertThat(refused.header("WWW-Authenticate")).hasValue("Bearer realm=\"zhanqun\"");
    assertThat(refused.json().getString("message")).contains("log in");
  }

  @Test
  void challengesAnAnonymousWriteBeforeLookingAtItsBody() {
    ApiResponse invalidBody = anonymous.post("items", object("title", ""));
    ApiResponse malformedBody = anonymous.post("items", "{not json");
    ApiResponse invalidReset =
        anonymous.put("users/editor.fgw/password", object("password", "short"));

    assertThat(invalidBody).hasStatus(401);
    assertThat(invalidBody.json().getJsonArray("errors")).isEmpty();
    assertThat(malformedBody).hasStatus(401);
    assertThat(invalidReset).hasStatus(401);
  }

  @Test
  void challengesAnUnknownTokenOnAWriteBeforeLookingAtItsBody() {
    ApiResponse refused = anonymous.withToken("not-a-token").post("items", object("title", ""));

    assertThat(refused).hasStatus(401);
    assertThat(refused.json().getString("message")).contains("unknown, expired or revoked");
  }

  @Test
  void rejectsAnUnknownToken() {
    ApiResponse refused = anonymous.withToken("not-a-token-anyone-was-given").get("items");

    assertThat(refused).hasStatus(401);
    assertThat(refused.header("WWW-Authenticate")).isPresent();
    assertThat(refused.json().getString("message")).contains("unknown, expired or revoked");
  }

  @Test
  void rejectsAnAuthorizationThatIsNotABearerToken() {
    ApiResponse refused = anonymous.withAuthorization("Basic ZWRpdG9yOnNlY3JldA==").get("auth/me");

    assertThat(refused).hasStatus(401);
    assertThat(refused.json().getString("message")).contains("Bearer");
  }

  @Test
  void rejectsAWrongPassword() {
    ApiResponse refused =
        anonymous.post("auth/login", object("username", "editor.fgw", "password", "guessed-2026"));

    assertThat(refused).hasStatus(401);
    assertThat(refused.json().getString("message")).isEqualTo("wrong username or password");
  }

  @Test
  void logsInWithATokenThatExpiresAndNamesTheUsersRights() {
    ApiResponse login =
        anonymous.post(
            "auth/login", object("username", "reviewer.jyj", "password", "reviewer-demo-2026"));

    assertThat(login).hasStatus(200);
    assertThat(login.json().getString("token")).isNotBlank();
    assertThat(login.json().getString("expiresAt")).isNotBlank();
    ApiResponse me = anonymous.withToken(login.json().getString("token")).get("auth/me");
    assertThat(me).hasStatus(200);
    assertThat(me.json().getString("username")).isEqualTo("reviewer.jyj");
    JsonObject grant = me.json().getJsonArray("sites").getJsonObject(0);
    assertThat(grant.getString("site")).isEqualTo("jyj");
    assertThat(grant.getString("role")).isEqualTo("REVIEWER");
  }

  @Test
  void refusesATokenAfterLogout() {
    ApiClient editor = anonymous.as(DemoUser.EDITOR_FGW);
    assertThat(editor.get("auth/me")).hasStatus(200);

    assertThat(editor.post("auth/logout")).hasStatus(204);

    ApiResponse afterLogout = editor.get("auth/me");
    assertThat(afterLogout).hasStatus(401);
    assertThat(afterLogout.json().getString("message")).contains("revoked");
  }

  @Test
  void logsOutOnlyTheTokenOfTheRequest() {
    ApiClient first = anonymous.as(DemoUser.EDITOR_JYJ);
    ApiClient second = anonymous.as(DemoUser.EDITOR_JYJ);

    assertThat(first.post("auth/logout")).hasStatus(204);

    assertThat(second.get("auth/me")).hasStatus(200);
  }

  @Test
  void servesPublicReadsWithoutALogin() {
    assertThat(anonymous.get("cluster")).hasStatus(200);
    ApiResponse sites = anonymous.get("sites");
    assertThat(sites).hasStatus(200);
    assertThat(sites.array().getValuesAs(JsonObject.class))
        .extracting(site -> site.getString("id"))
        .contains("portal", "fgw", "jyj");
    assertThat(anonymous.get("sites/jyj/columns")).hasStatus(200);
    assertThat(anonymous.get("public/items?site=fgw")).hasStatus(200);
  }

  @Test
  void servesPublicReadsDespiteAnUnknownToken() {
    ApiResponse sites = anonymous.withToken("expired-or-unknown").get("sites/fgw");

    assertThat(sites).hasStatus(200);
    assertThat(sites.json().getString("id")).isEqualTo("fgw");
  }

  @Test
  void letsOnlyAdministratorsSeeTheAccounts() {
    ApiResponse refused = anonymous.as(DemoUser.REVIEWER_FGW).get("users");
    ApiResponse accounts = anonymous.as(DemoUser.ADMIN).get("users");

    assertThat(refused).hasStatus(403);
    assertThat(accounts).hasStatus(200);
    assertThat(accounts.array().getValuesAs(JsonObject.class))
        .extracting(account -> account.getString("username"))
        .contains("admin", "editor.fgw", "reviewer.fgw", "editor.jyj", "reviewer.jyj", "evaluator");
  }

  @Test
  void reportsHealthWithoutALogin() {
    ApiResponse health = anonymous.get("health");

    assertThat(health).hasStatus(200);
    assertThat(health.json().getString("status")).isEqualTo("UP");
    assertThat(health.json().getString("database")).isEqualTo("UP");
  }

  @Test
  void publishesAnOpenApiDocumentOfTheApi() {
    ApiResponse document = anonymous.getFromServerRoot("/openapi");

    assertThat(document).hasStatus(200);
    assertThat(document.json().getJsonObject("info").getString("title")).isEqualTo("Zhanqun API");
    assertThat(document.json().getJsonObject("paths").keySet())
        .contains(
            "/api/v1/items",
            "/api/v1/items/{id}",
            "/api/v1/items/{id}/workflow/publish",
            "/api/v1/items/{id}/revisions",
            "/api/v1/public/items",
            "/api/v1/sites",
            "/api/v1/sites/{site}/files",
            "/api/v1/auth/login");
  }
}
