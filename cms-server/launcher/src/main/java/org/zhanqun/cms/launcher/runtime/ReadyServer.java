package org.zhanqun.cms.launcher.runtime;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/**
 * A server that has answered its health check: where to reach it and what it runs on.
 *
 * @param api the API's base URL
 * @param openApi the OpenAPI document's URL
 * @param publicSite the published cluster's URL, the server's root
 * @param database the database in words, with any password masked
 * @param demoAccounts the accounts the server created; empty outside embedded mode
 * @param serverLog the Payara Micro output
 */
public record ReadyServer(
    URI api,
    URI openApi,
    URI publicSite,
    String database,
    List<DemoAccount> demoAccounts,
    Path serverLog) {

  public ReadyServer {
    demoAccounts = List.copyOf(demoAccounts);
  }

  /** The web console's URL: {@code admin/} at the server's root. */
  public URI console() {
    return publicSite.resolve("admin/");
  }
}
