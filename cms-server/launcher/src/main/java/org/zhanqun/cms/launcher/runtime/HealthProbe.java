package org.zhanqun.cms.launcher.runtime;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Polls a health endpoint until it answers {@code 200}. Connection failures and other statuses mean
 * "not yet". Uses no proxy. Thread-safe.
 */
public final class HealthProbe {

  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);

  private final URI uri;
  private final HttpClient client;

  /**
   * @param uri the endpoint, on this machine
   */
  public HealthProbe(URI uri) {
    this.uri = uri;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(1))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** Whether the endpoint answers {@code 200} now. */
  public boolean answersOk() throws InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT).GET().build();
    try {
      return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException notListeningYet) {
      return false;
    }
  }
}
