package org.zhanqun.cms.launcher;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Talks to a running content server's search administration over its public API: logs in as an
 * administrator ({@code POST auth/login}), queues a reindex ({@code POST search/reindex}) and reads
 * the index state ({@code GET search/status}). Not thread-safe (holds the session token).
 */
final class SearchAdminClient {

  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

  /** The answer of {@code GET search/status}; {@code reason} is null while Solr answers. */
  record IndexStatus(boolean reachable, long documents, long pending, String reason) {}

  /** Why a call failed, and which exit code the command gives for it. */
  static final class CallFailedException extends Exception {
    private static final long serialVersionUID = 1L;

    enum Kind {
      UNREACHABLE,
      DENIED,
      FAILED
    }

    private final Kind kind;

    CallFailedException(Kind kind, String message, Throwable cause) {
      super(message, cause);
      this.kind = kind;
    }

    Kind kind() {
      return kind;
    }
  }

  private final URI api;
  private final HttpClient http;
  private String token;

  /**
   * @param server the server's root URL, e.g. {@code http://localhost:8080/}
   */
  SearchAdminClient(URI server) {
    this.api = server.resolve("api/v1/");
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(3))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  void logIn(String user, String password) throws CallFailedException {
    String body =
        "{\"username\":\"" + jsonEscape(user) + "\",\"password\":\"" + jsonEscape(password) + "\"}";
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(api.resolve("auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    if (response.statusCode() == 400 || response.statusCode() == 401) {
      throw new CallFailedException(
          CallFailedException.Kind.DENIED,
          "the server refused the login of " + user + ": wrong user name or password",
          null);
    }
    expectOk(response, "logging in");
    token =
        text(response.body(), "token")
            .orElseThrow(
                () ->
                    new CallFailedException(
                        CallFailedException.Kind.FAILED,
                        "the login answer carries no token: " + response.body(),
                        null));
  }

  /** Queues every live item; returns how many. */
  long reindex(boolean clear) throws CallFailedException {
    HttpResponse<String> response =
        send(
            authorised(api.resolve("search/reindex" + (clear ? "?clear=true" : "")))
                .POST(HttpRequest.BodyPublishers.noBody()));
    expectOk(response, "queueing the reindex");
    return number(response.body(), "queued");
  }

  IndexStatus status() throws CallFailedException {
    HttpResponse<String> response = send(authorised(api.resolve("search/status")).GET());
    expectOk(response, "reading the index status");
    String body = response.body();
    return new IndexStatus(
        body.contains("\"reachable\":true"),
        number(body, "documents"),
        number(body, "pending"),
        text(body, "reason").orElse(null));
  }

  private HttpRequest.Builder authorised(URI uri) {
    return HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws CallFailedException {
    HttpRequest built =
        request.timeout(REQUEST_TIMEOUT).header("Accept", "application/json").build();
    try {
      return http.send(built, HttpResponse.BodyHandlers.ofString());
    } catch (ConnectException | HttpConnectTimeoutException e) {
      throw new CallFailedException(
          CallFailedException.Kind.UNREACHABLE,
          "no Zhanqun server answers at " + api.resolve("/") + " (" + describe(e) + ")",
          e);
    } catch (IOException e) {
      throw new CallFailedException(
          CallFailedException.Kind.UNREACHABLE,
          "the server at " + api.resolve("/") + " did not answer properly (" + describe(e) + ")",
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CallFailedException(CallFailedException.Kind.FAILED, "interrupted", e);
    }
  }

  private static void expectOk(HttpResponse<String> response, String doing)
      throws CallFailedException {
    int status = response.statusCode();
    if (status == 401 || status == 403) {
      throw new CallFailedException(
          CallFailedException.Kind.DENIED,
          doing + ": the server answered " + status + " (an administrator's account is needed)",
          null);
    }
    if (status == 404) {
      throw new CallFailedException(
          CallFailedException.Kind.UNREACHABLE,
          doing + ": " + response.uri() + " answered 404; is this a Zhanqun server with search?",
          null);
    }
    if (status / 100 != 2) {
      throw new CallFailedException(
          CallFailedException.Kind.FAILED,
          doing + ": the server answered " + status + " " + abbreviate(response.body()),
          null);
    }
  }

  private static String describe(Exception e) {
    if (e.getMessage() != null) {
      return e.getMessage();
    }
    return e instanceof ConnectException ? "connection refused" : e.getClass().getSimpleName();
  }

  private static String abbreviate(String text) {
    String flat = text == null ? "" : text.replaceAll("\\s+", " ").strip();
    return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
  }

  // The answers are small flat JSON objects of the server's own; two patterns read them, so the
  // launcher needs no JSON library.

  private static long number(String json, String field) throws CallFailedException {
    Matcher m = Pattern.compile("\"" + field + "\"\\s*:\\s*(-?\\d+)").matcher(json);
    if (!m.find()) {
      throw new CallFailedException(
          CallFailedException.Kind.FAILED,
          "the answer carries no " + field + ": " + abbreviate(json),
          null);
    }
    return Long.parseLong(m.group(1));
  }

  private static Optional<String> text(String json, String field) {
    Matcher m =
        Pattern.compile("\"" + field + "\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(json);
    return m.find()
        ? Optional.of(m.group(1).replace("\\\"", "\"").replace("\\\\", "\\"))
        : Optional.empty();
  }

  private static String jsonEscape(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
