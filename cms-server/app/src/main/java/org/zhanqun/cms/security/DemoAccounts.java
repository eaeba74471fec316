package org.zhanqun.cms.security;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates the demo accounts at start-up when {@code zhanqun.demo-accounts} is true, which the
 * launcher sets only in embedded mode. Existing accounts are left as they are. Runs after the sites
 * their grants name exist: the demo sites, or those of the folder imported at start-up (the bean
 * names in {@code @DependsOn} are strings, so this package imports nothing of either). The chain
 * SchemaMigration, DemoSites, ContentImportOnStart, DemoAccounts: each names the one before it.
 * Refuses to start unless {@code zhanqun.http.bind-address} is a loopback address (the launcher
 * refuses such a start before, this is the second lock).
 */
@Singleton
@Startup
@DependsOn("ContentImportOnStart")
public class DemoAccounts {

  private static final Logger LOG = Logger.getLogger(DemoAccounts.class.getName());

  /** A demo account; the launcher prints the same list. */
  record DemoAccount(
      String username,
      String password,
      String displayName,
      boolean administrator,
      boolean evaluator,
      Set<SiteGrant> grants) {}

  static final List<DemoAccount> ACCOUNTS =
      List.of(
          new DemoAccount("admin", "admin-demo-2026", "系统管理员", true, false, Set.of()),
          new DemoAccount(
              "editor.fgw",
              "editor-demo-2026",
              "发改委编辑",
              false,
              false,
              Set.of(new SiteGrant("fgw", SiteRole.EDITOR))),
          new DemoAccount(
              "reviewer.fgw",
              "reviewer-demo-2026",
              "发改委审核员",
              false,
              false,
              Set.of(new SiteGrant("fgw", SiteRole.REVIEWER))),
          new DemoAccount(
              "editor.jyj",
              "editor-demo-2026",
              "教育局编辑",
              false,
              false,
              Set.of(new SiteGrant("jyj", SiteRole.EDITOR))),
          new DemoAccount(
              "reviewer.jyj",
              "reviewer-demo-2026",
              "教育局审核员",
              false,
              false,
              Set.of(new SiteGrant("jyj", SiteRole.REVIEWER))),
          new DemoAccount("evaluator", "evaluator-demo-2026", "绩效评估员", false, true, Set.of()));

  @Inject AccountService accounts;
  @Inject CredentialService credentials;

  @Inject
  @ConfigProperty(name = "zhanqun.demo-accounts")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "zhanqun.http.bind-address")
  String bindAddress;

  @PostConstruct
  void createMissing() {
    if (!enabled) {
      return;
    }
    requireLoopback(bindAddress);
    for (DemoAccount demo : ACCOUNTS) {
      if (!accounts.exists(demo.username())) {
        credentials.createAccount(
            demo.username(),
            demo.password(),
            demo.displayName(),
            demo.administrator(),
            demo.evaluator(),
            demo.grants());
        LOG.info(() -> "created demo account " + demo.username());
      }
    }
  }

  /**
   * The demo passwords are published: the server refuses to start with them unless it listens on
   * loopback only.
   *
   * @throws IllegalStateException naming the address when it is not a loopback IP address
   */
  static void requireLoopback(String bindAddress) {
    boolean loopback =
        ClientAddress.literal(bindAddress.strip())
            .map(InetAddress::isLoopbackAddress)
            .orElse(false);
    if (!loopback) {
      throw new IllegalStateException(
          "zhanqun.demo-accounts=true, but zhanqun.http.bind-address is "
              + bindAddress
              + ": the demo accounts have published passwords and are only created on a server"
              + " bound to loopback (127.0.0.1); turn them off to serve the network");
    }
  }
}
