package org.zhanqun.cms.launcher;

import java.time.Duration;
import java.util.Locale;
import org.zhanqun.cms.launcher.runtime.DemoAccount;
import org.zhanqun.cms.launcher.runtime.ReadyServer;

/** What {@code run} prints once the server is ready. */
final class ReadyMessage {

  private ReadyMessage() {}

  /**
   * Lines for people: the URLs, the database, the log, the demo accounts (only when there are any)
   * and how to stop; ends with a line break.
   *
   * @param sinceJvmStart how long the launcher took from its JVM's start until ready
   */
  static String of(ReadyServer server, Duration sinceJvmStart) {
    StringBuilder text = new StringBuilder();
    text.append(
        String.format(
            Locale.ROOT,
            "%nZhanqun is ready, %.1f s after start.%n",
            sinceJvmStart.toMillis() / 1000.0));
    line(
        text,
        "Site",
        server.publicSite()
            + " (the published cluster: the portal; departments below it, e.g. "
            + server.publicSite()
            + "fgw/)");
    line(text, "Console", server.console() + " (the editorial web console)");
    line(text, "API", server.api().toString());
    line(text, "OpenAPI", server.openApi().toString());
    line(text, "Database", server.database());
    line(text, "Server log", server.serverLog().toString());
    if (!server.demoAccounts().isEmpty()) {
      text.append(String.format("%nDemo accounts (user / password, role):%n"));
      int width =
          server.demoAccounts().stream().mapToInt(ReadyMessage::credentialsLength).max().orElse(0);
      for (DemoAccount account : server.demoAccounts()) {
        text.append(
            String.format(
                Locale.ROOT,
                "  %-" + width + "s  %s%n",
                account.username() + " / " + account.password(),
                account.role()));
      }
    }
    text.append(String.format("%nPress Ctrl-C to stop.%n"));
    return text.toString();
  }

  private static int credentialsLength(DemoAccount account) {
    return (account.username() + " / " + account.password()).length();
  }

  private static void line(StringBuilder text, String label, String value) {
    text.append(String.format(Locale.ROOT, "  %-11s %s%n", label + ":", value));
  }
}
