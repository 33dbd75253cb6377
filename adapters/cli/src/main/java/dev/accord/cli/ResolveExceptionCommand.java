package dev.accord.cli;

import dev.accord.core.queue.QueueCommand;
import dev.accord.core.queue.QueueStatus;
import dev.accord.core.queue.QueuedException;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code accord exceptions resolve ID --code CODE}: closes an exception, saying how. */
@Command(
    name = "resolve",
    mixinStandardHelpOptions = true,
    header = "Close an exception with the code that says how.",
    description =
        "Close an exception, resolved or (with --wont-fix) won't fix, with a resolution code and an optional note; the audit trail keeps who closed it and when. A closed exception cannot be closed again.")
final class ResolveExceptionCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin WorkspaceOptions workspaceOptions;

  @Parameters(
      index = "0",
      paramLabel = "ID",
      description = "The exception, by its id or the first characters of it.")
  String id;

  @Option(
      names = "--code",
      required = true,
      paramLabel = "CODE",
      description = "How it was resolved, such as fixed_in_crm or duplicate_merged.")
  String code;

  @Option(names = "--note", paramLabel = "TEXT", description = "A note for the record.")
  String note;

  @Option(names = "--wont-fix", description = "Close it as won't fix rather than resolved.")
  boolean wontFix;

  @Option(
      names = "--by",
      paramLabel = "PERSON",
      description = "Who resolves it (default: the user name).")
  String by = System.getProperty("user.name", "");

  @Override
  public Integer call() {
    QueueStatus as = wontFix ? QueueStatus.WONT_FIX : QueueStatus.RESOLVED;
    try (Workspace workspace = Workspace.open(workspaceOptions)) {
      String fullId = QueueIds.resolve(workspace.store(), id);
      QueuedException after =
          QueueOutcomes.changed(
              workspace
                  .store()
                  .change(
                      fullId, new QueueCommand.Resolve(as, code, Optional.ofNullable(note), by)));
      spec.commandLine()
          .getOut()
          .printf(
              "Exception %s %s (%s) by %s.%n",
              QueueIds.shown(fullId),
              after.status().word(),
              after.resolutionCode().orElse(code),
              by);
      spec.commandLine().getOut().flush();
    }
    return ExitCode.OK;
  }
}
