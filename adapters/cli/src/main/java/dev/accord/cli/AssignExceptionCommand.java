package dev.accord.cli;

import dev.accord.core.queue.QueueCommand;
import dev.accord.core.queue.QueuedException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code accord exceptions assign ID --to OWNER}: gives an exception to a team or person. */
@Command(
    name = "assign",
    mixinStandardHelpOptions = true,
    header = "Give an exception to another team or person.",
    description =
        "Give an exception to another team or person; the audit trail keeps who assigned it, when, and who had it before.")
final class AssignExceptionCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin WorkspaceOptions workspaceOptions;

  @Parameters(
      index = "0",
      paramLabel = "ID",
      description = "The exception, by its id or the first characters of it.")
  String id;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "OWNER",
      description = "The team or person to give it to.")
  String to;

  @Option(
      names = "--by",
      paramLabel = "PERSON",
      description = "Who assigns it (default: the user name).")
  String by = System.getProperty("user.name", "");

  @Override
  public Integer call() {
    try (Workspace workspace = Workspace.open(workspaceOptions)) {
      String fullId = QueueIds.resolve(workspace.store(), id);
      QueuedException before = workspace.store().queuedException(fullId).orElseThrow();
      QueuedException after =
          QueueOutcomes.changed(workspace.store().change(fullId, new QueueCommand.Assign(to, by)));
      spec.commandLine()
          .getOut()
          .printf(
              "Exception %s assigned to %s (was %s), due %s.%n",
              QueueIds.shown(fullId), after.owner(), before.owner(), after.dueAt());
      spec.commandLine().getOut().flush();
    }
    return ExitCode.OK;
  }
}
