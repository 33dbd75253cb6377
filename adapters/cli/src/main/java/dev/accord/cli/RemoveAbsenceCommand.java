package dev.accord.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code accord absences remove ID}: an absence that will not happen after all. */
@Command(
    name = "remove",
    mixinStandardHelpOptions = true,
    header = "Remove an absence.",
    description = "Remove an absence by the id 'accord absences' shows.")
final class RemoveAbsenceCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin WorkspaceOptions workspaceOptions;

  @Parameters(index = "0", paramLabel = "ID", description = "The absence's id.")
  long id;

  @Override
  public Integer call() {
    try (Workspace workspace = Workspace.open(workspaceOptions)) {
      if (!workspace.store().removeAbsence(id)) {
        throw new UserError("no absence " + id, "'accord absences' lists them with their ids");
      }
      var out = spec.commandLine().getOut();
      out.printf("Absence %d removed.%n", id);
      out.flush();
    }
    return ExitCode.OK;
  }
}
