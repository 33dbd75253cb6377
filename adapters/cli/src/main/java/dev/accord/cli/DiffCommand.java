package dev.accord.cli;

import dev.accord.core.accord.Accord;
import dev.accord.core.accord.AccordChange;
import dev.accord.core.accord.AccordDiff;
import dev.accord.core.accord.ChangeArea;
import dev.accord.yaml.AccordFileReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code accord diff OLD NEW}: what changed in meaning between two versions of an accord. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    header = "Compare two accords by meaning.",
    description =
        "Compare two accord files by meaning, not by text: stages added, removed or renamed, transitions, required fields, SLAs and escalation, routing, KPI formulas and targets, decision rights. Exits 0 when they mean the same, 1 when they differ.")
final class DiffCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OLD", description = "The accord as it was.")
  Path oldFile;

  @Parameters(index = "1", paramLabel = "NEW", description = "The accord as it would be.")
  Path newFile;

  @Option(names = "--json", description = "Print the changes as JSON, for tools.")
  boolean json;

  /** The {@code --json} document. */
  record DiffReport(String old, String current, boolean equal, List<AccordChange> changes) {}

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    AccordFileReader reader = new AccordFileReader();
    Optional<Accord> before = readOrReport(reader.read(oldFile));
    Optional<Accord> after = readOrReport(reader.read(newFile));
    if (before.isEmpty() || after.isEmpty()) {
      return ExitCode.INPUT;
    }
    List<AccordChange> changes = AccordDiff.between(before.get(), after.get());
    if (json) {
      JsonOutput.print(
          out, new DiffReport(oldFile.toString(), newFile.toString(), changes.isEmpty(), changes));
    } else {
      printInWords(out, changes);
    }
    return changes.isEmpty() ? ExitCode.OK : ExitCode.INPUT;
  }

  private Optional<Accord> readOrReport(AccordFileReader.ReadResult result) {
    if (result.accord().isEmpty()) {
      var err = spec.commandLine().getErr();
      result.diagnostics().forEach(diagnostic -> err.println(diagnostic.format()));
      err.flush();
    }
    return result.accord();
  }

  private void printInWords(PrintWriter out, List<AccordChange> changes) {
    if (changes.isEmpty()) {
      out.println("No differences: " + oldFile + " and " + newFile + " mean the same.");
      out.flush();
      return;
    }
    out.println(
        ValidateCommand.plural(changes.size(), "change") + " from " + oldFile + " to " + newFile);
    ChangeArea area = null;
    for (AccordChange change : changes) {
      if (!change.area().equals(area)) {
        area = change.area();
        out.println();
        out.println(heading(change.area()));
      }
      out.println("  " + symbol(change) + " " + change.description());
    }
    out.flush();
  }

  private static String heading(ChangeArea area) {
    return switch (area) {
      case METADATA -> "Name and version";
      case STAGE -> "Stages";
      case TRANSITION -> "Transitions";
      case FIELD -> "Fields";
      case REQUIRED_FIELD -> "Required fields";
      case REASON_CODE -> "Reason codes";
      case GUARDRAIL -> "Guardrails";
      case TEAM -> "Teams";
      case PERSON -> "People";
      case CALENDAR -> "Calendars";
      case SLA -> "SLAs";
      case ESCALATION -> "Escalation";
      case ROUTING -> "Routing";
      case DIMENSION -> "Dimensions";
      case KPI -> "KPIs";
      case DECISION_RIGHT -> "Decision rights";
      case GOAL -> "Goals";
      case DUPLICATE_RULE -> "Duplicate rules";
      case EXCEPTION_POLICY -> "Exception policies";
    };
  }

  private static char symbol(AccordChange change) {
    return switch (change.kind()) {
      case ADDED -> '+';
      case REMOVED -> '-';
      case CHANGED -> '~';
      case RENAMED -> '>';
    };
  }
}
