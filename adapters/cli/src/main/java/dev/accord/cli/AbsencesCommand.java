package dev.accord.cli;

import dev.accord.storage.StoredAbsence;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code accord absences}: who is out of office when, for routing. */
@Command(
    name = "absences",
    mixinStandardHelpOptions = true,
    header = "List the times people are out of office; add and remove them.",
    description =
        "List the times people are out of office, earliest end first. Round-robin routing passes over a person while they are away, where the rule skips out_of_office; records routed before an absence was added keep their owner.",
    subcommands = {AddAbsenceCommand.class, RemoveAbsenceCommand.class})
final class AbsencesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin WorkspaceOptions workspaceOptions;

  @Option(names = "--json", description = "Print the absences as JSON.")
  boolean json;

  /** The {@code --json} document. */
  record Listing(List<StoredAbsence> absences) {}

  @Override
  public Integer call() {
    try (Workspace workspace = Workspace.open(workspaceOptions)) {
      List<StoredAbsence> absences = workspace.store().absences();
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        JsonOutput.print(out, new Listing(absences));
      } else if (absences.isEmpty()) {
        out.println("Nobody is recorded as out of office.");
      } else {
        String format = "%-6s %-16s %-22s %-22s %s%n";
        out.printf(format, "ID", "PERSON", "FROM", "UNTIL", "NOTE");
        for (StoredAbsence stored : absences) {
          out.printf(
              format,
              stored.id(),
              stored.absence().person(),
              stored.absence().from(),
              stored.absence().until(),
              stored.note());
        }
      }
      out.flush();
    }
    return ExitCode.OK;
  }
}
