package org.zhanqun.cms.launcher.runtime;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The command line, environment and pre-boot commands of the Payara Micro child process that runs
 * the content server WAR. Pure: builds values, starts nothing.
 *
 * <p>The server reads its settings through MicroProfile Config, so they are passed as system
 * properties ({@code -Dzhanqun.db.url=...}), which outrank the WAR's defaults; the child inherits
 * the launcher's environment, so {@code ZHANQUN_*} variables reach it unchanged. The database
 * password goes into the child's environment ({@code ZHANQUN_DB_PASSWORD}) instead of its command
 * line, so that it never shows in a process list.
 *
 * @param java the {@code java} executable to run Payara Micro with
 * @param installation where Payara Micro and the WAR are
 * @param settings the validated run settings
 * @param databaseUrl the database the server uses: the embedded one or the external one
 */
public record PayaraMicroCommand(
    Path java, Installation installation, RunSettings settings, DatabaseUrl databaseUrl) {

  /**
   * Server settings this command sets itself, whatever {@link RunSettings#serverProperties} say.
   */
  static final Set<String> SET_BY_LAUNCHER =
      Set.of(
          "zhanqun.db.url",
          "zhanqun.db.user",
          "zhanqun.db.password",
          "zhanqun.demo-accounts",
          "zhanqun.http.bind-address");

  /** The child's heap limit. */
  static final String MAX_HEAP = "-Xmx1g";

  /** The command line: {@code java}, JVM options, {@code -jar payara-micro.jar}, Payara options. */
  public List<String> arguments() {
    List<String> arguments = new ArrayList<>();
    arguments.add(java.toString());
    arguments.add(MAX_HEAP);
    arguments.add("-Duser.timezone=UTC");
    settings
        .serverProperties()
        .forEach(
            (key, value) -> {
              if (!SET_BY_LAUNCHER.contains(key)) {
                arguments.add("-D" + key + "=" + value);
              }
            });
    arguments.add("-Dzhanqun.db.url=" + databaseUrl.value());
    settings.databaseUser().ifPresent(user -> arguments.add("-Dzhanqun.db.user=" + user));
    arguments.add("-Dzhanqun.demo-accounts=" + settings.embeddedMode());
    // the server checks it too: it creates demo accounts only while bound to loopback
    arguments.add("-Dzhanqun.http.bind-address=" + settings.listenAddress().literal());
    arguments.addAll(
        List.of(
            "-jar",
            installation.payaraMicroJar().toString(),
            "--deploy",
            installation.cmsWar().toString(),
            "--contextroot",
            "/",
            "--port",
            Integer.toString(settings.httpPort().number()),
            "--nohazelcast",
            "--disablephonehome",
            "--rootdir",
            settings.payaraRootDir().toString(),
            "--prebootcommandfile",
            prebootCommandFile().toString()));
    return List.copyOf(arguments);
  }

  /** Variables to add to the child's inherited environment: the password, when there is one. */
  public Map<String, String> environment() {
    return settings
        .databasePassword()
        .map(password -> Map.of("ZHANQUN_DB_PASSWORD", password))
        .orElse(Map.of());
  }

  /** Where {@link #prebootCommands()} must be written before the child starts. */
  public Path prebootCommandFile() {
    return settings.payaraRootDir().resolve("zhanqun-preboot.asadmin");
  }

  /**
   * asadmin commands Payara Micro runs before it boots: bind HTTP to the listen address, and name
   * no server software in the answers' headers ({@code X-Powered-By}, {@code Server}).
   */
  public List<String> prebootCommands() {
    String http =
        "set configs.config.server-config.network-config.protocols.protocol.http-listener.http.";
    return List.of(
        "set configs.config.server-config.network-config.network-listeners.network-listener"
            + ".http-listener.address="
            + settings.listenAddress().literal(),
        http + "xpowered-by=false",
        http + "server-header=false");
  }
}
