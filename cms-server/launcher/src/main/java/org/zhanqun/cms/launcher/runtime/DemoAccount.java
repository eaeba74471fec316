package org.zhanqun.cms.launcher.runtime;

import java.util.List;

/**
 * A login the server creates in embedded mode ({@code zhanqun.demo-accounts=true}) so people can
 * try every role at once. The launcher only lists them; {@link #ALL} must match what the server
 * creates ({@code org.zhanqun.cms.security.DemoAccounts} in the WAR).
 *
 * @param username the login name
 * @param password the published demo password
 * @param role what the account may do, in words
 */
public record DemoAccount(String username, String password, String role) {

  /** Every demo account, in the order people should read them. */
  public static final List<DemoAccount> ALL =
      List.of(
          new DemoAccount("admin", "admin-demo-2026", "administrator"),
          new DemoAccount("editor.fgw", "editor-demo-2026", "editor of site fgw"),
          new DemoAccount("reviewer.fgw", "reviewer-demo-2026", "reviewer of site fgw"),
          new DemoAccount("editor.jyj", "editor-demo-2026", "editor of site jyj"),
          new DemoAccount("reviewer.jyj", "reviewer-demo-2026", "reviewer of site jyj"),
          new DemoAccount("evaluator", "evaluator-demo-2026", "evaluator"));
}
