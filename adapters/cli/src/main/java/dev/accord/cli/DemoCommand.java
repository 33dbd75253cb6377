package dev.accord.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * realistic quarter of generated data run through the engine (routing, SLA clocks, exceptions), and
 * the scorecard it makes. It is the session a newcomer would type, step by step.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    header =
        "Create a demo workspace, generate a quarter of data, run the engine, show the scorecard.",
    description =
        "Write the default accord into DIR (default: accord-demo), generate a realistic quarter"
            + " of leads and deals (sources, reps, SLA breaches, placeholders, planted duplicates,"
            + " late events), import it through the lifecycle engine with routing, SLA clocks and"
            + " the exception queue on the workspace's embedded database, then print the"
            + " scorecard, its watermelons and the story of the numbers. Run again on the same"
            + " folder, it adds nothing: the import is idempotent.")
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
    out.println("Next, in " + workspace + ":");
    out.println("  accord exceptions --workspace " + workspace + "      the exception queue");
    out.println("  accord triage --workspace " + workspace + "          this week's triage pack");
    out.println("  accord sla --workspace " + workspace + "             the SLA board");
    out.println("  accord scorecard --workspace " + workspace + " --md  every breakdown");
    out.flush();
    return ExitCode.OK;
  }
}
