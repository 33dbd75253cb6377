package dev.accord.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code accord} command: one subcommand per verb of the alignment loop. With no subcommand it
 * prints its usage.
 */
@Command(
    name = "accord",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Accord keeps marketing, sales and RevOps on one lifecycle, one handoff contract and one"
          + " scorecard.",
      ""
    },
    subcommands = {
      InitCommand.class,
      ValidateCommand.class,
      DiffCommand.class,
      ExplainCommand.class,
      ImportCommand.class,
      RecordsCommand.class,
      HistoryCommand.class,
      ExceptionsCommand.class,
      DisputeCommand.class,
      TriageCommand.class,
      SlaCommand.class,
      ScorecardCommand.class,
      DemoCommand.class,
      AbsencesCommand.class,
      ServeCommand.class,
      TokenCommand.class,
      AuditCommand.class,
      RebuildCommand.class,
      GenerateCommand.class,
      CommandLine.HelpCommand.class
    },
    footer = {
      "",
      "Exit codes: 0 ok, 1 the input is wrong (validation failed, a diff found differences),",
      "2 usage error, 3 internal failure.",
      "Run 'accord help <command>' for more on a command."
    })
public final class AccordCommand implements Runnable {

  @Spec CommandSpec spec;

  @Option(
      names = "--stacktrace",
      scope = ScopeType.INHERIT,
      description = "Print the full stack trace when Accord fails internally.")
  boolean stacktrace;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static void main(String[] args) {
    System.exit(
        execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line with the given streams and returns the exit code; for tests too. */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    return newCommandLine(out, err).execute(args);
  }

  static CommandLine newCommandLine(PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new AccordCommand());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExecutionExceptionHandler(new InternalErrorHandler());
    commandLine.setParameterExceptionHandler(new UsageErrorHandler());
    return commandLine;
  }
}
