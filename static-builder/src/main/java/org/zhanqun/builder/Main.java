package org.zhanqun.builder;

import org.zhanqun.builder.cli.BuildCommand;
import picocli.CommandLine;

/** Runs the build command on its own ({@code zhanqun build} reaches the same command). */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(new CommandLine(new BuildCommand()).execute(args));
  }
}
