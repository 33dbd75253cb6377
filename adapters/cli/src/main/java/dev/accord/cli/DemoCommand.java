package dev.accord.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code accord demo}: the whole loop on a fresh machine — a workspace with the default accord, a
 * realistic quarter of generated data run through the engine (routing, SLA clocks, exceptions), the
 * scorecard it makes, and the dashboard served over it with demo sign-ins. It is the session a
 * newcomer would type, step by step.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    header =
        "Create a demo workspace, generate a quarter of data, run the engine, serve the dashboard.",
    description =
        "Write the default accord into DIR (default: accord-demo), generate a realistic quarter"
            + " of leads and deals up to this month (sources, reps, SLA breaches, placeholders,"
            + " planted duplicates, late events), import it through the lifecycle engine with"
            + " routing, SLA clocks and the exception queue on the workspace's embedded database,"
            + " print the scorecard, its watermelons and the story of the numbers, then serve the"
            + " dashboard on http://localhost:7070 and print the tokens to sign in with, until"
            + " Ctrl-C. --no-serve stops after the scorecard. Run again on the same folder in the"
            + " same month, it adds nothing: the import is idempotent.")
final class DemoCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "DIR",
      description = "The demo workspace (default: accord-demo).")
  Path directory = Path.of("accord-demo");

  @Option(
      names = "--records",
      paramLabel = "N",
      description = "How many records to generate (default: ${DEFAULT-VALUE}).")
  long records = 5000;

  @Option(
      names = "--seed",
      paramLabel = "S",
      description =
          "The generator's seed; the same seed gives the same data (default: ${DEFAULT-VALUE}).")
  long seed = 7;

  @Option(
      names = "--start",
      paramLabel = "DATE",
      description =
          "The first day of the generated quarter (default: the first of the month three months"
              + " ago, so the last whole month and the one before it are full).")
  LocalDate start;

  @Option(names = "--no-serve", description = "Print the scorecard and exit; serve nothing.")
  boolean noServe;

  @Option(
      names = {"-p", "--port"},
      paramLabel = "PORT",
      description = "The port the dashboard is served on (default: ${DEFAULT-VALUE}).")
  int port = 7070;

  /** The people the demo signs in as, and what each may do, for the banner. */
  private static final List<List<String>> DEMO_PEOPLE =
      List.of(
          List.of("priya", "RevOps manager and admin: approves definition changes and the backlog"),
          List.of("jake", "SDR: works the SDR team's exceptions"),
          List.of("sam", "Marketing: proposes changes, may not approve them"));

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String workspace = directory.toString();
    Path events = directory.resolve("demo-events.jsonl");
    List<List<String>> steps = new ArrayList<>();
    if (!Files.isRegularFile(directory.resolve(InitCommand.ACCORD_FILE))) {
      steps.add(List.of("init", workspace));
    }
    steps.add(
        List.of(
            "generate",
            "--records",
            String.valueOf(records),
            "--seed",
            String.valueOf(seed),
            "--start",
            firstDay().toString(),
            "--out",
            events.toString(),
            "--workspace",
            workspace));
    steps.add(List.of("import", events.toString(), "--workspace", workspace));
    steps.add(List.of("scorecard", "--workspace", workspace));
    for (List<String> step : steps) {
      out.println("$ accord " + String.join(" ", step));
      out.flush();
      int exitCode = AccordCommand.execute(step.toArray(String[]::new), out, err);
      if (exitCode != ExitCode.OK) {
        return exitCode;
      }
      out.println();
    }
    if (noServe) {
      out.println("Next, in " + workspace + ":");
      out.println(
          "  accord serve --workspace " + workspace + "          the dashboard and the API");
      out.println("  accord exceptions --workspace " + workspace + "      the exception queue");
      out.println("  accord triage --workspace " + workspace + "          this week's triage pack");
      out.println("  accord sla --workspace " + workspace + "             the SLA board");
      out.println("  accord scorecard --workspace " + workspace + " --md  every breakdown");
      out.flush();
      return ExitCode.OK;
    }
    out.println("The dashboard: http://localhost:" + (port == 0 ? "PORT" : port) + "/");
    out.println(
        "Sign in with one of these demo tokens (they stay valid; accord token revokes them):");
    for (List<String> person : DEMO_PEOPLE) {
      StringWriter issued = new StringWriter();
      StringWriter said = new StringWriter();
      int exitCode =
          AccordCommand.execute(
              new String[] {
                "token", "create", person.get(0), "--name", "demo", "--workspace", workspace
              },
              new PrintWriter(issued),
              new PrintWriter(said));
      if (exitCode != ExitCode.OK) {
        err.print(said);
        err.flush();
        return exitCode;
      }
      out.println("  " + person.get(0) + "  " + issued.toString().strip() + "  " + person.get(1));
    }
    out.println();
    out.println("$ accord serve --workspace " + workspace + " --port " + port);
    out.flush();
    return AccordCommand.execute(
        new String[] {"serve", "--workspace", workspace, "--port", String.valueOf(port)}, out, err);
  }

  /** The first day of the generated quarter. */
  private LocalDate firstDay() {
    return start != null ? start : LocalDate.now(ZoneOffset.UTC).withDayOfMonth(1).minusMonths(3);
  }
}
