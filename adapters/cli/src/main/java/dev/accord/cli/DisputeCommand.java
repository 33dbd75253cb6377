package dev.accord.cli;

import dev.accord.core.exception.ExceptionCase.ReportingDispute;
import dev.accord.core.queue.QueuedException;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code accord dispute KPI_ID --note ... --by PERSON}: disputes a value the scorecard reports. */
@Command(
    name = "dispute",
    mixinStandardHelpOptions = true,
    header = "Dispute a KPI value: queue it for its owner to look into.",
    description =
        "Raise a reporting dispute about a KPI of the accord: it joins the exception queue with the owner, severity and due date the accord gives disputes.")
final class DisputeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin WorkspaceOptions workspaceOptions;

  @Parameters(index = "0", paramLabel = "KPI_ID", description = "The KPI disputed.")
  String kpiId;

  @Option(
      names = "--note",
      required = true,
      paramLabel = "TEXT",
      description = "What looks wrong, and why.")
  String note;

  @Option(
      names = "--by",
      required = true,
      paramLabel = "PERSON",
      description = "Who raises the dispute.")
  String by;

  @Option(names = "--json", description = "Print the queued dispute as JSON.")
  boolean json;

  @Override
  public Integer call() {
    try (Workspace workspace = Workspace.open(workspaceOptions)) {
      if (workspace.accord().kpi(kpiId).isEmpty()) {
        throw new UserError(
            "the accord has no KPI `" + kpiId + "`",
            "dispute one of its KPIs; 'accord explain accord.yaml' lists them");
      }
      Instant now = Instant.now();
      QueuedException queued =
          workspace.store().raise(ReportingDispute.raise(kpiId, note, by, now));
      var out = spec.commandLine().getOut();
      if (json) {
        JsonOutput.print(out, QueueRow.of(queued, now));
      } else {
        out.printf(
            "Dispute %s on KPI %s queued for %s (%s severity), due %s.%n",
            QueueIds.shown(queued.id()),
            kpiId,
            queued.owner(),
            QueueWords.word(queued.severity()),
            queued.dueAt());
        out.flush();
      }
    }
    return ExitCode.OK;
  }
}
