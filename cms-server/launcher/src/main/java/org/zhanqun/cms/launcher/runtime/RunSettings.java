package org.zhanqun.cms.launcher.runtime;

import java.net.URI;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Everything {@link EmbeddedRuntime} needs to run the server, already validated.
 *
 * <p>Without an {@link #externalDatabase} the runtime is in <em>embedded mode</em>: it starts its
 * own MariaDB in {@link #mariaDbDir()} on {@link #embeddedDatabasePort} and lets the server create
 * the demo accounts. The work folder keeps the database between runs.
 *
 * @param httpPort the server's HTTP port; never "any free port"
 * @param listenAddress the address the HTTP listener binds to
 * @param workDir absolute, normalised; holds {@code mariadb/}, {@code payara/} and {@code logs/}
 * @param externalDatabase the database to use; empty for embedded mode
 * @param embeddedDatabasePort the embedded MariaDB's port; 0 picks a free one; unused with an
 *     external database
 * @param databaseUser passed to the server when present
 * @param databasePassword passed to the server when present; never printed
 * @param serverProperties further {@code zhanqun.*} settings for the server (e.g. {@code
 *     zhanqun.token.ttl}), passed on as system properties; copied, sorted by key
 */
public record RunSettings(
    TcpPort httpPort,
    ListenAddress listenAddress,
    Path workDir,
    Optional<DatabaseUrl> externalDatabase,
    TcpPort embeddedDatabasePort,
    Optional<String> databaseUser,
    Optional<String> databasePassword,
    Map<String, String> serverProperties) {

  public RunSettings {
    Objects.requireNonNull(httpPort, "httpPort");
    Objects.requireNonNull(listenAddress, "listenAddress");
    Objects.requireNonNull(externalDatabase, "externalDatabase");
    Objects.requireNonNull(embeddedDatabasePort, "embeddedDatabasePort");
    Objects.requireNonNull(databaseUser, "databaseUser");
    Objects.requireNonNull(databasePassword, "databasePassword");
    if (httpPort.isAnyFree()) {
      throw new IllegalArgumentException("the HTTP port must be fixed, not 0");
    }
    workDir = workDir.toAbsolutePath().normalize();
    serverProperties = Collections.unmodifiableSortedMap(new TreeMap<>(serverProperties));
  }

  /** Whether the runtime starts its own MariaDB. */
  public boolean embeddedMode() {
    return externalDatabase.isEmpty();
  }

  /** The embedded MariaDB's binaries, data and temporary files. */
  public Path mariaDbDir() {
    return workDir.resolve("mariadb");
  }

  /** Payara Micro's root folder: its configuration and unpacked runtime, emptied at each start. */
  public Path payaraRootDir() {
    return workDir.resolve("payara");
  }

  /** The log files of the launcher and of its child processes. */
  public Path logDir() {
    return workDir.resolve("logs");
  }

  /** The API's base URL as people should type it. */
  public URI apiUri() {
    return URI.create(
        "http://" + listenAddress.displayHost() + ":" + httpPort.number() + "/api/v1");
  }

  /** The published static cluster's root, served next to the API, as people should type it. */
  public URI publicSiteUri() {
    return URI.create("http://" + listenAddress.displayHost() + ":" + httpPort.number() + "/");
  }

  /** The OpenAPI document's URL as people should type it. */
  public URI openApiUri() {
    return URI.create(
        "http://" + listenAddress.displayHost() + ":" + httpPort.number() + "/openapi");
  }

  /** The health endpoint as the launcher reaches it from this machine. */
  public URI healthProbeUri() {
    return URI.create(
        "http://" + listenAddress.probeHost() + ":" + httpPort.number() + "/api/v1/health");
  }
}
