package org.zhanqun.cms.testing;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * A small client of the JSON API under {@code /api/v1} of one deployment, anonymous or with a
 * bearer token. Paths are relative to {@code /api/v1/} ({@code "items/12"}). Refuses any address
 * but loopback. Immutable and thread-safe; {@link #as} returns a new client.
 */
public final class ApiClient {

  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private final URI deployment;
  private final String authorization;

  private ApiClient(URI deployment, String authorization) {
    this.deployment = deployment;
    this.authorization = authorization;
  }

  /** An anonymous client of the deployment at {@code base}, which must be a loopback address. */
  public static ApiClient anonymous(URL base) {
    try {
      URI uri = base.toURI();
      if (!InetAddress.getByName(uri.getHost()).isLoopbackAddress()) {
        throw new IllegalArgumentException(base + " is not a loopback address");
      }
      return new ApiClient(uri.toString().endsWith("/") ? uri : new URI(uri + "/"), null);
    } catch (URISyntaxException | UnknownHostException e) {
      throw new IllegalArgumentException("not a usable deployment URL: " + base, e);
    }
  }

  /** A client with the bearer token of a new login of {@code user}. */
  public ApiClient as(DemoUser user) {
    return as(user.username(), user.password());
  }

  /** A client with the bearer token of a new login with these credentials. */
  public ApiClient as(String username, String password) {
    ApiResponse login =
        anonymousClient()
            .post("auth/login", JsonBody.object("username", username, "password", password));
    if (login.status() != 200) {
      throw new AssertionError("login of " + username + " failed: " + login.describe());
    }
    return withToken(login.json().getString("token"));
  }

  /** A client sending {@code token} as its bearer token. */
  public ApiClient withToken(String token) {
    return new ApiClient(deployment, "Bearer " + token);
  }

  /** A client sending {@code header} as its Authorization header, whatever it says. */
  public ApiClient withAuthorization(String header) {
    return new ApiClient(deployment, header);
  }

  /** This client without a token. */
  public ApiClient anonymousClient() {
    return new ApiClient(deployment, null);
  }

  /** The server root: the deployment URL without its context root. */
  public URI serverRoot() {
    return deployment.resolve("/");
  }

  public ApiResponse get(String path) {
    return send("GET", path, HttpRequest.BodyPublishers.noBody(), null);
  }

  public ApiResponse delete(String path) {
    return send("DELETE", path, HttpRequest.BodyPublishers.noBody(), null);
  }

  public ApiResponse post(String path, JsonValue body) {
    return post(path, body.toString());
  }

  /** POSTs {@code json} as it is, which need not be valid JSON. */
  public ApiResponse post(String path, String json) {
    return send("POST", path, utf8(json), "application/json; charset=UTF-8");
  }

  /** POSTs without a body. */
  public ApiResponse post(String path) {
    return send("POST", path, HttpRequest.BodyPublishers.noBody(), null);
  }

  public ApiResponse put(String path, JsonValue body) {
    return put(path, body.toString());
  }

  public ApiResponse put(String path, String json) {
    return send("PUT", path, utf8(json), "application/json; charset=UTF-8");
  }

  /** Uploads {@code content} as a file of {@code site} named {@code name}. */
  public ApiResponse upload(String site, String name, byte[] content) {
    return send(
        "POST",
        "sites/" + site + "/files?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8),
        HttpRequest.BodyPublishers.ofByteArray(content),
        "application/octet-stream");
  }

  /**
   * Starts uploading the bytes {@code content} gives as a file of {@code site} named {@code name},
   * without a declared length (chunked), as they come; the answer arrives when the server has one.
   */
  public CompletableFuture<ApiResponse> uploadAsync(
      String site, String name, Supplier<InputStream> content) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(
                deployment.resolve(
                    "api/v1/sites/"
                        + site
                        + "/files?name="
                        + URLEncoder.encode(name, StandardCharsets.UTF_8)))
            .POST(HttpRequest.BodyPublishers.ofInputStream(content))
            .header("Content-Type", "application/octet-stream")
            .timeout(TIMEOUT)
            .header("Accept", "application/json");
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    HttpRequest request = builder.build();
    return HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
        .thenApply(
            response ->
                new ApiResponse(
                    "POST " + request.uri().getRawPath() + query(request.uri()),
                    response.statusCode(),
                    response.headers(),
                    response.body()));
  }

  /** The id of the column {@code code} of {@code site}, looked up in its column tree. */
  public long columnId(String site, String code) {
    ApiResponse tree = get("sites/" + site + "/columns");
    if (tree.status() != 200) {
      throw new AssertionError("no column tree: " + tree.describe());
    }
    return find(tree.array().getValuesAs(JsonObject.class), code)
        .orElseThrow(() -> new AssertionError("site " + site + " has no column " + code))
        .getJsonNumber("id")
        .longValue();
  }

  private static Optional<JsonObject> find(List<JsonObject> columns, String code) {
    for (JsonObject column : columns) {
      if (column.getString("code").equals(code)) {
        return Optional.of(column);
      }
      Optional<JsonObject> child =
          find(column.getJsonArray("children").getValuesAs(JsonObject.class), code);
      if (child.isPresent()) {
        return child;
      }
    }
    return Optional.empty();
  }

  /** GETs an API path that answers in another media type than JSON (a CSV or HTML report). */
  public ApiResponse get(String path, String accept) {
    return exchange(
        HttpRequest.newBuilder(deployment.resolve("api/v1/" + path)).GET(), "GET", accept);
  }

  /** GETs an absolute path of the server, outside the API ({@code /openapi}). */
  public ApiResponse getFromServerRoot(String absolutePath) {
    return exchange(HttpRequest.newBuilder(serverRoot().resolve(absolutePath)).GET(), "GET");
  }

  /** Sends a request of any shape to an API path. */
  public ApiResponse send(
      String method, String path, HttpRequest.BodyPublisher body, String contentType) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(deployment.resolve("api/v1/" + path)).method(method, body);
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    return exchange(request, method);
  }

  private ApiResponse exchange(HttpRequest.Builder builder, String method) {
    return exchange(builder, method, "application/json");
  }

  private ApiResponse exchange(HttpRequest.Builder builder, String method, String accept) {
    builder.timeout(TIMEOUT).header("Accept", accept);
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    HttpRequest request = builder.build();
    try {
      HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
      return new ApiResponse(
          method + " " + request.uri().getRawPath() + query(request.uri()),
          response.statusCode(),
          response.headers(),
          response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + request.uri() + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(method + " " + request.uri() + " interrupted", e);
    }
  }

  private static String query(URI uri) {
    return uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
  }

  private static HttpRequest.BodyPublisher utf8(String text) {
    return HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8);
  }
}
