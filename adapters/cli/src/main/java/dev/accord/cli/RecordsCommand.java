package dev.accord.cli;

import dev.accord.core.lifecycle.RecordState;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code accord records}: the records of the workspace, where they stand now. */
@Command(
    name = "records",
    mixinStandardHelpOptions = true,
    header = "List records and where they stand.",
    description = "List records with their current stage, owner and last event, oldest id first.")
final class RecordsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin WorkspaceOptions workspaceOptions;

  @Option(names = "--stage", paramLabel = "STAGE", description = "Only records in this stage.")
  String stage;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "At most this many records (default: ${DEFAULT-VALUE}).")
  int limit = 50;

  @Option(names = "--offset", paramLabel = "N", description = "Skip this many records first.")
  int offset;

  @Option(names = "--json", description = "Print the records as JSON.")
  boolean json;

  /** The {@code --json} document: one page of records and how many there are in all. */
  record Page(long total, int offset, List<RecordState> records) {}

  @Override
  public Integer call() {
    if (limit < 1 || offset < 0) {
      throw new UserError(
          "--limit must be at least 1 and --offset at least 0", "for example --limit 20");
    }
    try (Workspace workspace = Workspace.open(workspaceOptions)) {
      if (stage != null && workspace.accord().stage(stage).isEmpty()) {
        throw new UserError(
            "the accord has no stage `" + stage + "`",
            "use a stage id from 'accord explain "
                + workspace.folder().resolve("accord.yaml")
                + "'");
      }
      List<RecordState> records =
          workspace.store().records(Optional.ofNullable(stage), limit, offset);
      var out = spec.commandLine().getOut();
      if (json) {
        JsonOutput.print(out, new Page(workspace.store().countRecords(), offset, records));
        return ExitCode.OK;
      }
      out.printf(
          "%-24s %-12s %-18s %-14s %s%n", "RECORD", "OBJECT", "STAGE", "OWNER", "LAST EVENT");
      for (RecordState record : records) {
        out.printf(
            "%-24s %-12s %-18s %-14s %s%n",
            record.recordId(),
            record.objectType(),
            record.stage(),
            record.owner().orElse("-"),
            record.lastEventAt());
      }
      out.printf("%,d shown of %,d records.%n", records.size(), workspace.store().countRecords());
      out.flush();
    }
    return ExitCode.OK;
  }
}
