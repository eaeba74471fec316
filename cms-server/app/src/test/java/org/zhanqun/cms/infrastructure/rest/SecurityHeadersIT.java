package org.zhanqun.cms.infrastructure.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhanqun.cms.testing.ApiResponseAssert.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhanqun.cms.testing.ApiClient;
import org.zhanqun.cms.testing.ApiResponse;
import org.zhanqun.cms.testing.TestDeployment;
import org.zhanqun.cms.testing.ZhanqunIT;

/**
 * Every answer — the API, the published pages, errors inside and outside the API — carries the
 * browser protections and tells nothing of the server's internals; Jersey's WADL is off.
 */
@ZhanqunIT
class SecurityHeadersIT {

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
  void protectsApiAnswers() {
    ApiResponse sites = anonymous.get("sites");

    assertThat(sites).hasStatus(200);
    assertProtected(sites);
    assertThat(sites.header("Content-Security-Policy").orElseThrow())
        .contains("default-src 'none'");
  }

  @Test
  void protectsApiErrors() {
    ApiResponse unknown = anonymous.get("no-such-endpoint");

    assertThat(unknown).hasStatus(404);
    assertProtected(unknown);
  }

  @Test
  void protectsThePublishedPagesWithAPolicyWithoutInlineScript() {
    ApiResponse home = anonymous.getFromServerRoot(base.getPath());
    ApiResponse missing = anonymous.getFromServerRoot(base.getPath() + "no-such-page.html");

    assertProtected(home);
    assertProtected(missing);
    assertThat(missing).hasStatus(404);
    String policy = home.header("Content-Security-Policy").orElseThrow();
    assertThat(policy).contains("script-src 'self'").contains("object-src 'none'");
    assertThat(policy).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
  }

  @Test
  void answersAMethodThePublishedPagesDoNotAllowWithoutTheContainersErrorPage() {
    ApiResponse refused = raw("POST", base.getPath());

    assertThat(refused).hasStatus(405);
    assertProtected(refused);
    assertThat(refused.text()).doesNotContainIgnoringCase("payara").doesNotContain("<html");
    assertThat(refused.json().getInt("status")).isEqualTo(405);
  }

  @Test
  void namesNoServerSoftware() {
    ApiResponse sites = anonymous.get("sites");

    assertThat(sites.header("X-Powered-By")).isEmpty();
    assertThat(sites.header("Server").orElse("")).doesNotContainIgnoringCase("payara");
  }

  @Test
  void publishesNoWadl() {
    assertThat(anonymous.get("application.wadl")).hasStatus(404);
  }

  private static void assertProtected(ApiResponse response) {
    assertThat(response.header("Content-Security-Policy"))
        .hasValueSatisfying(policy -> assertThat(policy).contains("frame-ancestors 'none'"));
    assertThat(response.header("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(response.header("X-Frame-Options")).hasValue("DENY");
    assertThat(response.header("Referrer-Policy")).isPresent();
  }

  /** A request of any method to an absolute path of the server, without a body. */
  private ApiResponse raw(String method, String absolutePath) {
    try {
      URI uri = anonymous.serverRoot().resolve(new URI(null, null, absolutePath, null));
      HttpRequest request =
          HttpRequest.newBuilder(uri)
              .timeout(Duration.ofSeconds(60))
              .method(method, HttpRequest.BodyPublishers.noBody())
              .build();
      HttpResponse<byte[]> response =
          HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
      return new ApiResponse(
          method + " " + absolutePath, response.statusCode(), response.headers(), response.body());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(absolutePath, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
