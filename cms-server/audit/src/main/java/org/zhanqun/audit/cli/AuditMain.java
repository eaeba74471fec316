package org.zhanqun.audit.cli;

import picocli.CommandLine;

/** Runs the audit command on its own ({@code zhanqun audit} reaches the same command). */
public final class AuditMain {

  private AuditMain() {}

  public static void main(String[] args) {
    System.exit(new CommandLine(new AuditCommand()).execute(args));
  }
}
