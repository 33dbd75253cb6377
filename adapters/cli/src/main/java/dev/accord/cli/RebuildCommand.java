package dev.accord.cli;

import dev.accord.storage.RebuildReport;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code accord rebuild}: every projection recomputed from the event log, and compared. */
@Command(
    name = "rebuild",
    mixinStandardHelpOptions = true,
    header = "Recompute every record from the event log.",
    description =
        "Recompute every record's state, stage history and owner history from the event log under the workspace's accord, and say whether the result is identical to what was there (a digest of every record's state before and after).")
final class RebuildCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin WorkspaceOptions workspaceOptions;

  @Option(names = "--json", description = "Print the report as JSON.")
  boolean json;

  @Override
  public Integer call() {
    try (Workspace workspace = Workspace.open(workspaceOptions)) {
      RebuildReport report = workspace.store().rebuild(workspace.accord().lifecycleEngine());
      var out = spec.commandLine().getOut();
      if (json) {
        JsonOutput.print(out, report);
      } else {
        out.printf("Rebuilt %,d records from %,d events.%n", report.records(), report.events());
        out.println(
            report.reproduced()
                ? "State reproduced exactly (digest " + report.digestAfter() + ")."
                : "State changed: digest "
                    + report.digestBefore()
                    + " before, "
                    + report.digestAfter()
                    + " after.");
        out.flush();
      }
      return report.reproduced() ? ExitCode.OK : ExitCode.INPUT;
    }
  }
}
