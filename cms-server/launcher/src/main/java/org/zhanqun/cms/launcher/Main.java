package org.zhanqun.cms.launcher;

import java.io.PrintWriter;
import org.zhanqun.audit.cli.AuditCommand;
import org.zhanqun.builder.cli.BuildCommand;
import org.zhanqun.builder.cli.ProofreadCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** The {@code zhanqun} command; without a subcommand it shows its usage and exits with 2. */
@Command(
    name = "zhanqun",
    mixinStandardHelpOptions = true,
    versionProvider = LauncherVersion.class,
    description =
        "Runs the Zhanqun content server, builds the static website cluster, proofreads and"
            + " audits it and rebuilds its search index.",
    subcommands = {
      RunCommand.class,
      BuildCommand.class,
      ProofreadCommand.class,
      AuditCommand.class,
      ReindexCommand.class
    })
public final class Main {

  public static void main(String[] args) {
    System.exit(commandLine(ConfigDefaults.ofThisProcess()).execute(args));
  }

  /** The command line with every subcommand, its option defaults taken from {@code defaults}. */
  static CommandLine commandLine(IDefaultValueProvider defaults) {
    CommandLine commandLine = new CommandLine(new Main());
    commandLine.setDefaultValueProvider(defaults);
    commandLine.setParameterExceptionHandler(Main::reportInvalidInput);
    return commandLine;
  }

  /**
   * Prints the message (and spelling suggestions) to stderr, then the usage for a missing
   * subcommand or a pointer to {@code --help} otherwise; returns exit code 2.
   */
  private static int reportInvalidInput(ParameterException invalid, String[] args) {
    CommandLine command = invalid.getCommandLine();
    PrintWriter err = command.getErr();
    err.println(command.getColorScheme().errorText(invalid.getMessage()));
    UnmatchedArgumentException.printSuggestions(invalid, err);
    if (command.getSubcommands().isEmpty()) {
      err.println(
          "Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
    } else {
      command.usage(err, command.getColorScheme());
    }
    err.flush();
    return command.getCommandSpec().exitCodeOnInvalidInput();
  }
}
