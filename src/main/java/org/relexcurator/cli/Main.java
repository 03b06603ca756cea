package org.relexcurator.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code relex} command. Without arguments, or with only files, it opens the desktop app;
 * otherwise it runs a subcommand. Exit codes: 0 ok, 1 problems found but output written, 2 unusable
 * input or arguments.
 */
@Command(
    name = "relex",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "RelEx Curator: review and curate biomedical relation-extraction predictions.",
    subcommands = {
      InspectCommand.class,
      PairsCommand.class,
      ConvertCommand.class,
      PredictCommand.class,
      EvaluateCommand.class,
      ExportCommand.class,
      ImportCommand.class,
      SampleCommand.class,
      MakeTestModelCommand.class,
      BenchCommand.class,
      BenchCorpusCommand.class,
      BenchUiCommand.class,
      BenchStoreCommand.class,
      AgreementCommand.class,
      AdjudicateCommand.class,
      AssignCommand.class,
      MergeCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main {

  public static final int OK = 0;
  public static final int PROBLEMS = 1;
  public static final int UNUSABLE = 2;

  private Main() {}

  public static void main(String[] args) {
    OfflineMode.apply();
    if (args.length > 0 && (args[0].startsWith("-") || isSubcommand(args[0]))) {
      System.exit(run(args));
    }
    int exit =
        new WindowStart(
                commandLine().getSubcommands().keySet(),
                System.getenv(),
                System.getProperty("os.name", ""),
                new PrintWriter(System.err, true))
            .open(args);
    if (exit != OK) {
      System.exit(exit);
    }
  }

  /** Runs a subcommand and returns its exit code, without exiting the JVM. */
  public static int run(String... args) {
    OfflineMode.apply();
    return commandLine().execute(args);
  }

  /** Runs a subcommand with its output and errors going to the given writers. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    OfflineMode.apply();
    CommandLine cli = commandLine();
    cli.setOut(out);
    cli.setErr(err);
    return cli.execute(args);
  }

  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Main());
    cli.setExecutionExceptionHandler(new UserErrorHandler());
    cli.setParameterExceptionHandler(
        (ex, arguments) -> {
          ex.getCommandLine().getErr().println("relex: " + ex.getMessage());
          ex.getCommandLine()
              .getErr()
              .println("Try 'relex " + ex.getCommandLine().getCommandName() + " --help'.");
          return UNUSABLE;
        });
    return cli;
  }

  private static boolean isSubcommand(String word) {
    return commandLine().getSubcommands().containsKey(word);
  }
}
