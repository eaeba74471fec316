package org.zhanqun.cms.interaction.consultation;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.zhanqun.cms.testing.ApiClient;
import org.zhanqun.cms.testing.ApiResponse;

/**
 * A citizen at the public doors: JSON or plain form posts to {@code /api/v1/public/...}, arriving
 * through the loopback proxy the integration tests' server trusts, each request from a random
 * address of its own ({@code X-Forwarded-For} from 198.18.0.0/15, a benchmarking range), so that
 * these tests never meet the rate limit, unless {@link #fromOneAddress} asks for it. Immutable.
 */
public final class PublicDoor {

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private final URI api;

  /** The one address every request comes from, or null for a random one per request. */
  private final String fixedAddress;

  /** A citizen at the deployment {@code base}. */
  public PublicDoor(URL base) {
    try {
      ApiClient.anonymous(base); // refuses anything but loopback
      String root = base.toURI().toString();
      this.api = new URI(root.endsWith("/") ? root : root + "/").resolve("api/v1/");
      this.fixedAddress = null;
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a usable deployment URL: " + base, e);
    }
  }

  private PublicDoor(URI api, String fixedAddress) {
    this.api = api;
    this.fixedAddress = fixedAddress;
  }

  /** The same citizen always arriving from one random address of its own, to meet the limit. */
  public PublicDoor fromOneAddress() {
    return new PublicDoor(api, randomAddress());
  }

  public ApiResponse postJson(String path, String json) {
    return send(
        path,
        HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8),
        "application/json; charset=UTF-8",
        "application/json");
  }

  /** Posts {@code fields} as {@code application/x-www-form-urlencoded}, as a plain HTML form. */
  public ApiResponse postForm(String path, Map<String, String> fields) {
    String body =
        fields.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return send(
        path,
        HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8),
        "application/x-www-form-urlencoded",
        "text/html");
  }

  private ApiResponse send(
      String path, HttpRequest.BodyPublisher body, String contentType, String accept) {
    String address = fixedAddress == null ? randomAddress() : fixedAddress;
    HttpRequest request =
        HttpRequest.newBuilder(api.resolve(path))
            .POST(body)
            .header("Content-Type", contentType)
            .header("Accept", accept)
            .header("X-Forwarded-For", address)
            .timeout(Duration.ofSeconds(60))
            .build();
    try {
      HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
      return new ApiResponse(
          "POST " + request.uri().getRawPath(),
          response.statusCode(),
          response.headers(),
          response.body());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String randomAddress() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return "198.18." + random.nextInt(256) + "." + (1 + random.nextInt(254));
  }
}
