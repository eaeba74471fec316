package org.zhanqun.cms.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.zhanqun.cms.testing.ApiResponseAssert.assertThat;
import static org.zhanqun.cms.testing.JsonBody.object;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhanqun.cms.testing.ApiClient;
import org.zhanqun.cms.testing.ApiResponse;
import org.zhanqun.cms.testing.DemoUser;
import org.zhanqun.cms.testing.ItemRequests;
import org.zhanqun.cms.testing.TestDeployment;
import org.zhanqun.cms.testing.Unique;
import org.zhanqun.cms.testing.ZhanqunIT;

/**
 * The web console's browser session: logging in sets an HttpOnly, SameSite=Strict cookie, the
 * cookie authenticates API requests, and every cookie-authenticated write needs the session's CSRF
 * token; bearer clients are unaffected.
 */
@ZhanqunIT
class BrowserSessionIT {

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  /** zhanqun.token.ttl of the shipped configuration, which the tests' server keeps. */
  private static final long TTL_SECONDS = Duration.ofHours(8).toSeconds();

  private static final Pattern SESSION_COOKIE =
      Pattern.compile(
          "zhanqun_session=([A-Za-z0-9_-]+); Path=([^;]+); Max-Age=(\\d+); HttpOnly;"
              + " SameSite=Strict");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TestDeployment.war();
  }

  @ArquillianResource URL base;

  private URI api;
  private String contextPath;
  private ApiClient anonymous;

  @BeforeEach
  void connect() throws URISyntaxException {
    anonymous = ApiClient.anonymous(base); // refuses anything but loopback
    String root = base.toURI().toString();
    URI deployment = new URI(root.endsWith("/") ? root : root + "/");
    api = deployment.resolve("api/v1/");
    contextPath = deployment.getRawPath();
  }

  @Test
  void logsInWithACookieThatIsHttpOnlySameSiteStrictForTheApplicationsPathUntilTheSessionEnds() {
    Instant before = Instant.now();
    ApiResponse login = logIn(DemoUser.EDITOR_FGW, Map.of());

    assertThat(login).hasStatus(200);
    String setCookie = login.header("Set-Cookie").orElseThrow();
    Matcher cookie = SESSION_COOKIE.matcher(setCookie);
    assertThat(cookie.matches()).as(setCookie).isTrue();
    assertThat(cookie.group(2)).isEqualTo(contextPath).endsWith("/");
    assertThat(Long.parseLong(cookie.group(3))).isBetween(TTL_SECONDS - 120, TTL_SECONDS);
    assertThat(setCookie).doesNotContain("Secure").doesNotContain("Version");
    assertThat(login.header("Cache-Control")).hasValue("no-store");
    JsonObject body = login.json();
    assertThat(body.keySet()).containsExactlyInAnyOrder("csrfToken", "expiresAt", "user");
    assertThat(body.getString("csrfToken")).isEqualTo(CsrfToken.of(cookie.group(1)));
    assertThat(Instant.parse(body.getString("expiresAt")))
        .isAfter(before.plusSeconds(TTL_SECONDS - 120));
    assertThat(body.getJsonObject("user").getString("username")).isEqualTo("editor.fgw");
    assertThat(login.text()).doesNotContain(cookie.group(1));
  }

  @Test
  void marksTheCookieSecureWhenTheTrustedProxySaysTheRequestCameByHttps() {
    ApiResponse login = logIn(DemoUser.EDITOR_JYJ, Map.of("X-Forwarded-Proto", "https"));

    assertThat(login).hasStatus(200);
    String setCookie = login.header("Set-Cookie").orElseThrow();
    assertThat(setCookie).endsWith("; HttpOnly; SameSite=Strict; Secure");
    assertThat(SESSION_COOKIE.matcher(setCookie.replace("; Secure", "")).matches()).isTrue();
  }

  @Test
  void authenticatesApiRequestsByTheCookie() {
    Session session = Session.of(logIn(DemoUser.REVIEWER_FGW, Map.of()));

    ApiResponse me = send("GET", "auth/me", null, session.cookieHeaders());

    assertThat(me).hasStatus(200);
    assertThat(me.json().getString("username")).isEqualTo("reviewer.fgw");
  }

  @Test
  void tellsAReloadedConsoleWhetherItsCookieIsStillLoggedIn() {
    Session session = Session.of(logIn(DemoUser.EDITOR_FGW, Map.of()));

    ApiResponse current = send("GET", "auth/session", null, session.cookieHeaders());
    ApiResponse none = send("GET", "auth/session", null, Map.of());
    ApiResponse unknown =
        send("GET", "auth/session", null, Map.of("Cookie", "zhanqun_session=never-issued"));

    assertThat(current).hasStatus(200);
    assertThat(current.json().getString("csrfToken")).isEqualTo(session.csrfToken());
    assertThat(Instant.parse(current.json().getString("expiresAt")))
        .isCloseTo(Instant.parse(session.expiresAt()), within(1, ChronoUnit.MILLIS));
    assertThat(current.json().getJsonObject("user").getString("username")).isEqualTo("editor.fgw");
    assertThat(current.header("Set-Cookie")).isEmpty();
    assertThat(none).hasStatus(401);
    assertThat(unknown).hasStatus(401);
    assertThat(unknown.json().getString("message")).contains("log in again");
  }

  @Test
  void refusesACookieWriteWithoutTheCsrfTokenAndStoresNothing() throws SQLException {
    Session session = Session.of(logIn(DemoUser.EDITOR_FGW, Map.of()));
    String title = Unique.text("跨站伪造");

    ApiResponse refused = send("POST", "items", news(title), session.cookieHeaders());

    assertThat(refused).hasStatus(403).hasErrorOn("X-CSRF-Token");
    assertThat(refused.json().getString("message")).isEqualTo("missing or wrong CSRF token");
    assertThat(itemsTitled(title)).isZero();
  }

  @Test
  void refusesACookieWriteWithAnotherSessionsCsrfToken() throws SQLException {
    Session session = Session.of(logIn(DemoUser.EDITOR_FGW, Map.of()));
    Session other = Session.of(logIn(DemoUser.EDITOR_FGW, Map.of()));
    String title = Unique.text("错误令牌");

    ApiResponse refused =
        send("POST", "items", news(title), session.cookieHeadersWithCsrf(other.csrfToken()));
    ApiResponse garbage =
        send("POST", "items", news(title), session.cookieHeadersWithCsrf("not-the-token"));

    assertThat(refused).hasStatus(403).hasErrorOn("X-CSRF-Token");
    assertThat(refused.json().getString("message")).isEqualTo("missing or wrong CSRF token");
    assertThat(garbage).hasStatus(403);
    assertThat(itemsTitled(title)).isZero();
  }

  @Test
  void storesACookieWriteThatCarriesTheCsrfToken() throws SQLException {
    Session session = Session.of(logIn(DemoUser.EDITOR_FGW, Map.of()));
    String title = Unique.text("控制台新建");

    ApiResponse created =
        send("POST", "items", news(title), session.cookieHeadersWithCsrf(session.csrfToken()));

    assertThat(created).hasStatus(201);
    assertThat(created.json().getString("updatedBy")).isEqualTo("editor.fgw");
    assertThat(itemsTitled(title)).isOne();
  }

  @Test
  void logsOutByRevokingTheSessionAndClearingTheCookie() {
    Session session = Session.of(logIn(DemoUser.EDITOR_JYJ, Map.of()));

    ApiResponse withoutCsrf = send("DELETE", "auth/session", null, session.cookieHeaders());
    assertThat(withoutCsrf).hasStatus(403);
    assertThat(send("GET", "auth/me", null, session.cookieHeaders())).hasStatus(200);

    ApiResponse logout =
        send("DELETE", "auth/session", null, session.cookieHeadersWithCsrf(session.csrfToken()));

    assertThat(logout).hasStatus(204);
    assertThat(logout.header("Set-Cookie"))
        .hasValue(
            "zhanqun_session=; Path=" + contextPath + "; Max-Age=0; HttpOnly; SameSite=Strict");
    ApiResponse afterLogout = send("GET", "auth/me", null, session.cookieHeaders());
    assertThat(afterLogout).hasStatus(401);
    assertThat(afterLogout.json().getString("message"))
        .isEqualTo("the session is unknown or was ended; log in again");
    assertThat(send("GET", "auth/session", null, session.cookieHeaders())).hasStatus(401);
  }

  @Test
  void refusesALogoutWithoutASession() {
    ApiResponse refused = send("DELETE", "auth/session", null, Map.of());

    assertThat(refused).hasStatus(401);
  }

  @Test
  void tellsThatTheSessionExpiredWhenItsCookieOutlivedIt() throws SQLException {
    Session session = Session.of(logIn(DemoUser.EVALUATOR, Map.of()));
    expire(session.token());

    ApiResponse current = send("GET", "auth/session", null, session.cookieHeaders());
    ApiResponse write =
        send("POST", "items", news("过期"), session.cookieHeadersWithCsrf(session.csrfToken()));

    assertThat(current).hasStatus(401);
    assertThat(current.json().getString("message"))
        .isEqualTo("the session has expired; log in again");
    assertThat(write).hasStatus(401);
    assertThat(write.json().getString("message"))
        .isEqualTo("the session has expired; log in again");
  }

  @Test
  void servesPublicReadsDespiteAnUnknownCookie() {
    ApiResponse sites =
        send("GET", "sites/fgw", null, Map.of("Cookie", "zhanqun_session=long-gone"));

    assertThat(sites).hasStatus(200);
    assertThat(sites.json().getString("id")).isEqualTo("fgw");
  }

  @Test
  void refusesAWrongPasswordAndAnUnknownUserAlikeWithoutACookie() {
    // from addresses of their own, so that these failures slow down no other test's logins
    ApiResponse wrongPassword =
        send(
            "POST",
            "auth/session",
            credentials("editor.jyj", "guessed-2026"),
            Map.of("X-Forwarded-For", "192.0.2.71"));
    ApiResponse unknownUser =
        send(
            "POST",
            "auth/session",
            credentials("nobody." + Unique.siteId(), "guessed-2026"),
            Map.of("X-Forwarded-For", "192.0.2.72"));

    for (ApiResponse refused : new ApiResponse[] {wrongPassword, unknownUser}) {
      assertThat(refused).hasStatus(401);
      assertThat(refused.json().getString("message")).isEqualTo("wrong username or password");
      assertThat(refused.header("Set-Cookie")).isEmpty();
    }
    assertThat(logIn(DemoUser.EDITOR_JYJ, Map.of())).hasStatus(200);
  }

  @Test
  void refusesALoginWithoutPasswordNamingTheField() {
    ApiResponse refused =
        send("POST", "auth/session", object("username", "editor.fgw").toString(), Map.of());

    assertThat(refused).hasStatus(400).hasErrorOn("password");
    assertThat(refused.header("Set-Cookie")).isEmpty();
  }

  @Test
  void servesTheConsolesFolderWithTheConsolePolicyAndRevalidation() throws IOException {
    HttpResponse<byte[]> console = sendAbsolute(api.resolve("../../admin/"));

    assertThat(console.headers().firstValue("Content-Security-Policy"))
        .hasValue(
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
                + " connect-src 'self'; frame-src 'self'; object-src 'none'; base-uri 'none';"
                + " form-action 'self'; frame-ancestors 'none'");
    assertThat(console.headers().firstValue("Cache-Control")).hasValue("no-cache");
  }

  @Test
  void refusesALoginThatIsNotJsonSoThatNoFormOfAnotherSiteCanPostIt() {
    ApiResponse form =
        send(
            "POST",
            "auth/session",
            "username=editor.fgw&password=editor-demo-2026",
            Map.of("Content-Type", "application/x-www-form-urlencoded"));

    assertThat(form).hasStatus(415);
    assertThat(form.header("Set-Cookie")).isEmpty();
  }

  @Test
  void logsInAgainWhileAnEarlierCookieIsStillSent() {
    Session first = Session.of(logIn(DemoUser.REVIEWER_JYJ, Map.of()));

    ApiResponse again = logIn(DemoUser.REVIEWER_JYJ, first.cookieHeaders());

    assertThat(again).hasStatus(200);
    assertThat(Session.of(again).token()).isNotEqualTo(first.token());
  }

  @Test
  void leavesBearerClientsAsTheyWere() throws SQLException {
    ApiClient editor = anonymous.as(DemoUser.EDITOR_FGW);
    String title = Unique.text("令牌客户端");

    assertThat(editor.post("items", news(title))).hasStatus(201);
    assertThat(itemsTitled(title)).isOne();
    ApiResponse login =
        anonymous.post(
            "auth/login",
            credentials(DemoUser.EDITOR_FGW.username(), DemoUser.EDITOR_FGW.password()));
    assertThat(login).hasStatus(200);
    assertThat(login.header("Set-Cookie")).isEmpty();
    // the bearer token wins over a cookie, and needs no CSRF token
    ApiResponse bearerWithStaleCookie =
        send(
            "POST",
            "items",
            news(Unique.text("令牌优先")),
            Map.of(
                "Authorization",
                "Bearer " + login.json().getString("token"),
                "Cookie",
                "zhanqun_session=long-gone"));
    assertThat(bearerWithStaleCookie).hasStatus(201);
  }

  @Test
  void describesTheSessionEndpointsAndTheCookieInTheOpenApiDocument() {
    JsonObject document = anonymous.getFromServerRoot("/openapi").json();

    JsonObject session = document.getJsonObject("paths").getJsonObject("/api/v1/auth/session");
    assertThat(session.keySet()).contains("get", "post", "delete");
    JsonObject scheme =
        document
            .getJsonObject("components")
            .getJsonObject("securitySchemes")
            .getJsonObject("session");
    assertThat(scheme.getString("in")).isEqualTo("cookie");
    assertThat(scheme.getString("name")).isEqualTo("zhanqun_session");
  }

  private ApiResponse logIn(DemoUser user, Map<String, String> headers) {
    return send("POST", "auth/session", credentials(user.username(), user.password()), headers);
  }

  private static String credentials(String username, String password) {
    return object("username", username, "password", password).toString();
  }

  private String news(String title) {
    return ItemRequests.news("fgw", anonymous.columnId("fgw", "news"), title).toString();
  }

  private ApiResponse send(String method, String path, String json, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(api.resolve(path))
            .timeout(Duration.ofSeconds(60))
            .header("Accept", "application/json")
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    Map<String, String> all = new LinkedHashMap<>();
    if (json != null) {
      all.put("Content-Type", "application/json; charset=UTF-8");
    }
    all.putAll(headers);
    all.forEach(request::header);
    try {
      HttpResponse<byte[]> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new ApiResponse(
          method + " " + path, response.statusCode(), response.headers(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(method + " " + path + " interrupted", e);
    }
  }

  private static HttpResponse<byte[]> sendAbsolute(URI uri) throws IOException {
    try {
      return HTTP.send(
          HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).GET().build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("GET " + uri + " interrupted", e);
    }
  }

  private static long itemsTitled(String title) throws SQLException {
    try (Connection db = database();
        PreparedStatement count =
            db.prepareStatement("SELECT COUNT(*) FROM content_item WHERE title = ?")) {
      count.setString(1, title);
      try (ResultSet result = count.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    }
  }

  /** Moves the session's expiry to its start, as if its time had run out. */
  private static void expire(String token) throws SQLException {
    try (Connection db = database();
        PreparedStatement update =
            db.prepareStatement(
                "UPDATE auth_token SET expires_at = created_at WHERE token_hash = ?")) {
      update.setString(1, SecretToken.hashOf(token));
      assertThat(update.executeUpdate()).isOne();
    }
  }

  private static Connection database() throws SQLException {
    return DriverManager.getConnection(
        "jdbc:mariadb://127.0.0.1:" + System.getProperty("it.mariadb.port") + "/zhanqun",
        "root",
        "");
  }

  /** What a browser keeps of a login: the cookie's token and the CSRF token of the answer. */
  private record Session(String token, String csrfToken, String expiresAt) {

    static Session of(ApiResponse login) {
      assertThat(login).hasStatus(200);
      Matcher cookie = SESSION_COOKIE.matcher(login.header("Set-Cookie").orElseThrow());
      assertThat(cookie.matches()).as(login.header("Set-Cookie").orElseThrow()).isTrue();
      return new Session(
          cookie.group(1),
          login.json().getString("csrfToken"),
          login.json().getString("expiresAt"));
    }

    Map<String, String> cookieHeaders() {
      return Map.of("Cookie", "zhanqun_session=" + token);
    }

    Map<String, String> cookieHeadersWithCsrf(String csrf) {
      return Map.of("Cookie", "zhanqun_session=" + token, "X-CSRF-Token", csrf);
    }
  }
}
