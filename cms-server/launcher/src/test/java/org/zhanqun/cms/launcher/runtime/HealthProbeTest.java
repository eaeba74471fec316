package org.zhanqun.cms.launcher.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HealthProbeTest {

  private final AtomicInteger status = new AtomicInteger(200);
  private HttpServer server;

  private URI startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/api/v1/health",
        exchange -> {
          exchange.sendResponseHeaders(status.get(), -1);
          exchange.close();
        });
    server.start();
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1/health");
  }

  @AfterEach
  void stopServer() {
    if (server != null) {
      server.stop(0);
    }
  }

  @Test
  void isHealthyWhenTheEndpointAnswers200() throws Exception {
    assertThat(new HealthProbe(startServer()).answersOk()).isTrue();
  }

  @Test
  void isNotHealthyWhenTheEndpointAnswersAnotherStatus() throws Exception {
    URI uri = startServer();
    status.set(503);

    assertThat(new HealthProbe(uri).answersOk()).isFalse();
  }

  @Test
  void isNotHealthyWhenNothingListens() throws Exception {
    int freePort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      freePort = socket.getLocalPort();
    }

    assertThat(new HealthProbe(URI.create("http://127.0.0.1:" + freePort + "/")).answersOk())
        .isFalse();
  }
}
