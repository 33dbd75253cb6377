package dev.accord.cli;

import dev.accord.core.sla.Compliance;
import dev.accord.storage.RunFilter;
import dev.accord.storage.StoredRun;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code accord sla}: the SLA board; its subcommands move the clocks on. */
@Command(
    name = "sla",
    mixinStandardHelpOptions = true,
    header = "Show the SLA board: compliance per handoff and owner, open timers, breaches.",
    description = {
      "Show how every handoff of the contract stands: its runs met in time, breached, still open"
          + " and withdrawn, with the compliance rate, per handoff and (with --by-owner) per owner;"
          + " then the runs themselves, soonest due first, filtered. The clocks stand as the last"
          + " import or 'accord sla tick' left them.",
      "",
      "Escalations go to the log, and to the channels the environment turns on:"
          + " ACCORD_WEBHOOK_URL (a Slack-style incoming webhook), ACCORD_SMTP_HOST with"
          + " ACCORD_SMTP_PORT (25) and ACCORD_SMTP_FROM (accord@localhost) for email to the"
          + " people of the accord; an escalation that fired longer ago than"
          + " ACCORD_NOTIFY_STALE_AFTER (P1D) is set aside instead of sent."
    },
    subcommands = {SlaTickCommand.class, SlaWatchCommand.class})
final class SlaCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin WorkspaceOptions workspaceOptions;

  @Option(names = "--handoff", paramLabel = "H", description = "Only runs of this handoff.")
  String handoff;

  @Option(
      names = "--owner",
      paramLabel = "O",
      description = "Only runs of records this person owns.")
  String owner;

  @Option(names = "--open", description = "Only runs still owed: the open timers.")
  boolean open;

  @Option(names = "--breached", description = "Only runs that breached.")
  boolean breached;

  @Option(names = "--by-owner", description = "Break compliance down by owner too.")
  boolean byOwner;

  @Option(names = "--limit", paramLabel = "N", description = "At most N runs (default: 50).")
  int limit = 50;

  @Option(names = "--json", description = "Print the board as JSON.")
  boolean json;

  /** The {@code --json} document. */
  record Board(List<HandoffLine> handoffs, List<StoredRun> runs) {}

  /** A handoff's compliance, in total and per owner (no owner: the empty key). */
  record HandoffLine(
      String handoff,
      int metInTime,
      int breached,
      int open,
      int withdrawn,
      Optional<Double> complianceRate,
      Map<String, Compliance> byOwner) {

    static HandoffLine of(String handoff, Map<String, Compliance> byOwner) {
      Compliance total = byOwner.values().stream().reduce(Compliance.NONE, Compliance::plus);
      return new HandoffLine(
          handoff,
          total.metInTime(),
          total.breached(),
          total.open(),
          total.withdrawn(),
          total.rate().isPresent() ? Optional.of(total.rate().getAsDouble()) : Optional.empty(),
          byOwner);
    }
  }

  @Override
  public Integer call() {
    if (limit < 0) {
      throw new UserError("--limit cannot be negative", "give a number of runs, such as 50");
    }
    try (Workspace workspace = Workspace.open(workspaceOptions)) {
      List<HandoffLine> lines = new ArrayList<>();
      workspace
          .store()
          .slaCompliance()
          .forEach((id, owners) -> lines.add(HandoffLine.of(id, owners)));
      List<StoredRun> runs =
          workspace
              .store()
              .slaRuns(
                  new RunFilter(
                      Optional.ofNullable(handoff),
                      Optional.ofNullable(owner),
                      Optional.empty(),
                      open,
                      breached),
                  limit,
                  0);
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        JsonOutput.print(out, new Board(lines, runs));
      } else if (workspace.accord().handoffs().isEmpty()) {
        out.println("The accord declares no handoffs: there are no SLA clocks.");
      } else {
        print(out, lines, runs, Instant.now());
      }
      out.flush();
    }
    return ExitCode.OK;
  }

  private void print(PrintWriter out, List<HandoffLine> lines, List<StoredRun> runs, Instant now) {
    if (lines.isEmpty()) {
      out.println("No SLA clock has started yet.");
      return;
    }
    String format = "%-24s %-16s %9s %9s %7s %10s %11s%n";
    out.printf(
        format, "HANDOFF", "OWNER", "IN TIME", "BREACHED", "OPEN", "WITHDRAWN", "COMPLIANCE");
    for (HandoffLine line : lines) {
      out.printf(
          format,
          line.handoff(),
          "(all)",
          line.metInTime(),
          line.breached(),
          line.open(),
          line.withdrawn(),
          rate(line.complianceRate()));
      if (byOwner) {
        line.byOwner()
            .forEach((who, compliance) ->
                out.printf(
                    format,
                    "",
                    who.isEmpty() ? "(nobody)" : who,
                    compliance.metInTime(),
                    compliance.breached(),
                    compliance.open(),
                    compliance.withdrawn(),
                    rate(
                        compliance.rate().isPresent()
                            ? Optional.of(compliance.rate().getAsDouble())
                            : Optional.empty())));
      }
    }
    out.println();
    if (runs.isEmpty()) {
      out.println("No runs match.");
      return;
    }
    String row = "%-20s %-24s %4s %-16s %-10s %-22s %s%n";
    out.printf(row, "RECORD", "HANDOFF", "RUN", "OWNER", "STATUS", "DUE", "");
    for (StoredRun run : runs) {
      out.printf(
          row,
          run.recordId(),
          run.handoffId(),
          run.run(),
          run.owner().orElse("-"),
          run.status().name().toLowerCase(java.util.Locale.ROOT),
          run.dueAt(),
          run.breached()
              ? "breached"
              : run.isOpen() && run.dueAt().isBefore(now) ? "due, not yet advanced" : "");
    }
  }

  private static String rate(Optional<Double> rate) {
    return rate.map(value -> String.format(java.util.Locale.ROOT, "%.1f%%", value * 100))
        .orElse("-");
  }
}
