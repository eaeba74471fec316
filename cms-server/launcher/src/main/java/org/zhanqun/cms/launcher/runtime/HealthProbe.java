package org.zhanqun.cms.launcher.runtime;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/**
 * Polls a health endpoint until it answers {@code 200}. Connection failures and other statuses mean
 * "not yet". Uses no proxy. Thread-safe.
 */
public final class HealthProbe {

  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);

  private final URI uri;
  private final Duration interval;
  private final HttpClient client;

  /**
   * @param uri the endpoint, on this machine
   * @param interval the pause between two attempts
   */
  public HealthProbe(URI uri, Duration interval) {
    this.uri = uri;
    this.interval = interval;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(1))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /**
   * Waits until the endpoint answers {@code 200}, {@code timeout} has passed, or {@code
   * keepWaiting} turns false (checked before each attempt).
   *
   * @return whether the endpoint answered {@code 200}
   */
  public boolean awaitHealthy(Duration timeout, BooleanSupplier keepWaiting)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (keepWaiting.getAsBoolean()) {
      if (answersOk()) {
        return true;
      }
      if (Instant.now().isAfter(deadline)) {
        return false;
      }
      Thread.sleep(interval.toMillis());
    }
    return false;
  }

  /** One attempt: whether the endpoint answers {@code 200} now. */
  public boolean answersOk() throws InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT).GET().build();
    try {
      return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException notListeningYet) {
      return false;
    }
  }
}
