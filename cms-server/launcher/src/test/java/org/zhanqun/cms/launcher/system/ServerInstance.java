package org.zhanqun.cms.launcher.system;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhanqun.cms.launcher.runtime.DatabaseUrl;
import org.zhanqun.cms.launcher.runtime.EmbeddedRuntime;
import org.zhanqun.cms.launcher.runtime.Installation;
import org.zhanqun.cms.launcher.runtime.ListenAddress;
import org.zhanqun.cms.launcher.runtime.RunSettings;
import org.zhanqun.cms.launcher.runtime.TcpPort;

/**
 * One content server (a Payara Micro child process, as {@code zhanqun run} starts it) on a shared
 * MariaDB and a shared output folder, with the few API calls the system tests make.
 */
final class ServerInstance implements AutoCloseable {

  static final String ADMIN_PASSWORD = "system-test-2026";

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final String name;
  private final EmbeddedRuntime runtime;
  private final RunSettings settings;

  private ServerInstance(String name, RunSettings settings) {
    this.name = name;
    this.settings = settings;
    this.runtime = new EmbeddedRuntime(settings, Installation.besideLauncher(), line -> {});
  }

  /** Starts a server named {@code name} on the database and output; returns once it is healthy. */
  static ServerInstance start(
      String name, String jdbcUrl, Path work, Path output, boolean importDemo) throws Exception {
    return start(name, jdbcUrl, work, output, importDemo, Map.of());
  }

  /** As {@link #start(String, String, Path, Path, boolean)}, with more server properties. */
  static ServerInstance start(
      String name,
      String jdbcUrl,
      Path work,
      Path output,
      boolean importDemo,
      Map<String, String> extraProperties)
      throws Exception {
    Path checkout =
        Path.of(System.getProperty("system.checkout", "../..")).toAbsolutePath().normalize();
    Map<String, String> properties = new TreeMap<>();
    properties.put("zhanqun.publish.output", output.toString());
    properties.put("zhanqun.publish.templates", checkout.resolve("site-templates").toString());
    properties.put("zhanqun.publish.i18n", checkout.resolve("i18n").toString());
    properties.put("zhanqun.publish.interval", "PT0.1S");
    properties.put("zhanqun.admin.initial-password", ADMIN_PASSWORD);
    // Each server its own Solr node on a free port: a test may run two servers at once.
    properties.put("zhanqun.solr.port", "0");
    // one key for every server of the test: they share the database of letters
    properties.put("zhanqun.interaction.key-file", work.resolve("interaction.key").toString());
    if (importDemo) {
      properties.put("zhanqun.import.on-start", checkout.resolve("content").toString());
    }
    properties.putAll(extraProperties);
    RunSettings settings =
        new RunSettings(
            new TcpPort(freePort()),
            ListenAddress.LOOPBACK,
            work.resolve(name),
            Optional.of(new DatabaseUrl(jdbcUrl)),
            new TcpPort(0),
            Optional.of("root"),
            Optional.empty(),
            properties);
    ServerInstance instance = new ServerInstance(name, settings);
    try {
      instance.runtime.start();
    } catch (Exception | Error e) {
      // as `zhanqun run` does: a failed start leaves no Payara or Solr process behind
      instance.runtime.stop();
      throw e;
    }
    return instance;
  }

  /** Kills the server process at once (SIGKILL), as a crash would. */
  void crash() {
    String root = settings.payaraRootDir().toString();
    ProcessHandle.current()
        .descendants()
        .filter(p -> p.info().commandLine().map(c -> c.contains(root)).orElse(false))
        .forEach(ProcessHandle::destroyForcibly);
  }

  /** The server's root URL, e.g. {@code http://127.0.0.1:41234/}. */
  URI root() {
    return settings.publicSiteUri();
  }

  String login(String user, String password) throws Exception {
    return field(
        post(
            "auth/login",
            null,
            "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}"),
        "token");
  }

  String post(String path, String token, String json) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(api(path))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json == null ? "{}" : json));
    return send(request, token);
  }

  String get(String path, String token) throws Exception {
    return send(
        HttpRequest.newBuilder(api(path)).header("Accept", "application/json").GET(), token);
  }

  /** The site page at {@code path} as this server serves it; empty for a 404. */
  Optional<String> page(String path) throws Exception {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(settings.publicSiteUri().resolve(path)).GET().build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return response.statusCode() == 200 ? Optional.of(response.body()) : Optional.empty();
  }

  private String send(HttpRequest.Builder request, String token) throws Exception {
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    HttpResponse<String> response =
        HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    if (response.statusCode() >= 300) {
      throw new AssertionError(
          name
              + ": "
              + request.build().uri()
              + " answered "
              + response.statusCode()
              + ": "
              + response.body());
    }
    return response.body();
  }

  private URI api(String path) {
    return URI.create(settings.apiUri() + "/" + path);
  }

  /** A string or number member of a JSON object text, found by name (first occurrence). */
  static String field(String json, String member) {
    Matcher m = Pattern.compile("\"" + member + "\":(?:\"([^\"]*)\"|(-?\\d+))").matcher(json);
    if (!m.find()) {
      throw new AssertionError("no " + member + " in " + json);
    }
    return m.group(1) != null ? m.group(1) : m.group(2);
  }

  @Override
  public void close() {
    runtime.stop();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
