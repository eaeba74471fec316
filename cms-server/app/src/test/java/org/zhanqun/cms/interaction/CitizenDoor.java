package org.zhanqun.cms.interaction;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
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
 * A citizen at the public doors, arriving through the loopback proxy the test server trusts, with a
 * client address of their own (a documentation range), so that the rate limit of one test never
 * touches another's.
 */
final class CitizenDoor {

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private final URI api;
  private final String address;

  private CitizenDoor(URI api, String address) {
    this.api = api;
    this.address = address;
  }

  /** A citizen with a random address of 198.18.0.0/15 (the benchmarking range). */
  static CitizenDoor at(URL base) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return at(
        base,
        "198."
            + (18 + random.nextInt(2))
            + "."
            + random.nextInt(256)
            + "."
            + (1 + random.nextInt(254)));
  }

  static CitizenDoor at(URL base, String address) {
    try {
      ApiClient.anonymous(base); // refuses anything but loopback
      String root = base.toURI().toString();
      return new CitizenDoor(
          new URI(root.endsWith("/") ? root : root + "/").resolve("api/v1/"), address);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(base.toString(), e);
    }
  }

  String address() {
    return address;
  }

  ApiResponse postJson(String path, JsonObject body) {
    return send(path, "application/json; charset=UTF-8", "application/json", body.toString());
  }

  ApiResponse postForm(String path, Map<String, String> fields) {
    String body =
        fields.entrySet().stream()
            .map(
                field ->
                    URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return send(path, "application/x-www-form-urlencoded", "text/html", body);
  }

  private ApiResponse send(String path, String type, String accept, String body) {
    HttpRequest request =
        HttpRequest.newBuilder(api.resolve(path))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", type)
            .header("Accept", accept)
            .header("X-Forwarded-For", address)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build();
    try {
      HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
      return new ApiResponse(
          "POST " + path + " from " + address,
          response.statusCode(),
          response.headers(),
          response.body());
    } catch (IOException e) {
      throw new UncheckedIOException("POST " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
