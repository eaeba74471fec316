package org.zhanqun.cms.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Logins that arrive through a proxy on loopback, which the integration tests' server trusts
 * ({@code zhanqun.http.trusted-proxies=127.0.0.1}): each names its client in {@code
 * X-Forwarded-For}, so that tests of the per-address login throttle use addresses of their own
 * (documentation ranges such as 198.51.100.0/24) and never slow down the logins of other tests.
 */
public final class ForwardedLogin {

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private final URI login;

  /** Logins at the deployment {@code base} (a loopback URL). */
  public ForwardedLogin(URL base) {
    try {
      ApiClient.anonymous(base); // refuses anything but loopback
      String root = base.toURI().toString();
      this.login = new URI(root.endsWith("/") ? root : root + "/").resolve("api/v1/auth/login");
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a usable deployment URL: " + base, e);
    }
  }

  /** POSTs the credentials as from {@code client}. */
  public ApiResponse from(String client, String username, String password) {
    String body = JsonBody.object("username", username, "password", password).toString();
    HttpRequest request =
        HttpRequest.newBuilder(login)
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/json; charset=UTF-8")
            .header("Accept", "application/json")
            .header("X-Forwarded-For", client)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build();
    try {
      HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
      return new ApiResponse(
          "POST auth/login as " + username + " from " + client,
          response.statusCode(),
          response.headers(),
          response.body());
    } catch (IOException e) {
      throw new UncheckedIOException("login failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("login interrupted", e);
    }
  }
}
