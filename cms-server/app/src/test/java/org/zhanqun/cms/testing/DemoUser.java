package org.zhanqun.cms.testing;

/**
 * The demo accounts the server creates with {@code zhanqun.demo-accounts=true}, with their
 * passwords and rights.
 */
public enum DemoUser {
  /** Administers the cluster; publishes nothing. */
  ADMIN("admin", "admin-demo-2026"),
  /** Writes the content of fgw (发改委). */
  EDITOR_FGW("editor.fgw", "editor-demo-2026"),
  /** Reviews and publishes fgw. */
  REVIEWER_FGW("reviewer.fgw", "reviewer-demo-2026"),
  /** Writes the content of jyj (教育局). */
  EDITOR_JYJ("editor.jyj", "editor-demo-2026"),
  /** Reviews and publishes jyj. */
  REVIEWER_JYJ("reviewer.jyj", "reviewer-demo-2026"),
  /** Reads every site for the audit; writes nothing. */
  EVALUATOR("evaluator", "evaluator-demo-2026");

  private final String username;
  private final String password;

  DemoUser(String username, String password) {
    this.username = username;
    this.password = password;
  }

  public String username() {
    return username;
  }

  public String password() {
    return password;
  }
}
