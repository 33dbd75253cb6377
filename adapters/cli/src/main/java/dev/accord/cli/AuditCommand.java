package dev.accord.cli;

import dev.accord.storage.AuditedWrite;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code accord audit}: the audit log of writes made through the server; verify checks it. */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    header = "List the latest writes of the audit log; verify its hash chain.",
    description =
        "List the writes made through the server (the API, the dashboard's forms, the webhooks),"
            + " newest first: when, who, through which credential, what, and how it ended. The"
            + " log is a hash chain: 'accord audit verify' finds a write changed, removed or"
            + " inserted after it was written.",
    subcommands = {VerifyAuditCommand.class})
final class AuditCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin WorkspaceOptions workspaceOptions;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "How many writes to list (default: ${DEFAULT-VALUE}).")
  int limit = 20;

  @Override
  public Integer call() {
    if (limit < 1) {
      throw new UserError("--limit must be at least 1", "the default is 20");
    }
    try (Workspace workspace = Workspace.open(workspaceOptions)) {
      List<AuditedWrite> writes = workspace.store().auditLog(limit, 0);
      PrintWriter out = spec.commandLine().getOut();
      if (writes.isEmpty()) {
        out.println("No writes yet: the server audits every write made through it.");
      }
      for (AuditedWrite write : writes) {
        out.printf(
            "%s  %-10s %-28s %3d  %s %s: %s%n",
            write.at(),
            write.actor(),
            write.via(),
            write.status(),
            write.action(),
            write.target(),
            write.detail());
      }
      out.flush();
    }
    return ExitCode.OK;
  }
}
