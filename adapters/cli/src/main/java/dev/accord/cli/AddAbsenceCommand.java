package dev.accord.cli;

import dev.accord.core.routing.Absence;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code accord absences add PERSON --from --until}: someone will be away. */
@Command(
    name = "add",
    mixinStandardHelpOptions = true,
    header = "Record that a person is out of office.",
    description =
        "Record that a person of the accord is out of office from one instant up to, but not at, another; routing passes over them meanwhile.")
final class AddAbsenceCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin WorkspaceOptions workspaceOptions;

  @Parameters(
      index = "0",
      paramLabel = "PERSON",
      description = "The person, by their id in the accord.")
  String person;

  @Option(
      names = "--from",
      required = true,
      paramLabel = "INSTANT",
      description = "When the absence starts, such as 2026-12-21T00:00:00Z.")
  String from;

  @Option(
      names = "--until",
      required = true,
      paramLabel = "INSTANT",
      description = "When they are back, such as 2027-01-04T00:00:00Z.")
  String until;

  @Option(names = "--note", paramLabel = "TEXT", description = "Why, for the record.")
  String note = "";

  @Override
  public Integer call() {
    Instant starts = SlaTickCommand.parse(from);
    Instant ends = SlaTickCommand.parse(until);
    if (!ends.isAfter(starts)) {
      throw new UserError(
          "--until " + until + " is not after --from " + from, "an absence ends after it starts");
    }
    try (Workspace workspace = Workspace.open(workspaceOptions)) {
      if (workspace.accord().person(person).isEmpty()) {
        throw new UserError(
            "no person `" + person + "` in the accord",
            "name someone from the accord's people section by their id");
      }
      long id = workspace.store().addAbsence(new Absence(person, starts, ends), note);
      var out = spec.commandLine().getOut();
      out.printf("Absence %d: %s is out of office from %s until %s.%n", id, person, starts, ends);
      out.flush();
    }
    return ExitCode.OK;
  }
}
