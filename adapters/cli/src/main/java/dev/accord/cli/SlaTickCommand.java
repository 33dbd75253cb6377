package dev.accord.cli;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code accord sla tick}: one round of the clocks, now or at a given instant. */
@Command(
    name = "tick",
    mixinStandardHelpOptions = true,
    header = "Advance the SLA clocks to now and send the escalations that fired.",
    description =
        "Advance every record's SLA clocks to now (or to --at): breaches and escalation rungs due by then fire once each, SLA-breach exceptions go to the queue, and the escalations are sent through the notification channels (see 'accord help sla'). Running it again at the same instant changes nothing.")
final class SlaTickCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin WorkspaceOptions workspaceOptions;

  @Option(
      names = "--at",
      paramLabel = "INSTANT",
      description = "Advance to this instant, such as 2026-11-23T17:00:00Z (default: now).")
  String at;

  @Option(names = "--json", description = "Print what fired as JSON.")
  boolean json;

  @Override
  public Integer call() {
    Instant to = at == null ? Instant.now() : parse(at);
    try (Workspace workspace = Workspace.open(workspaceOptions)) {
      SlaCatchUp round = SlaCatchUp.to(workspace, to, Clock.systemUTC());
      var out = spec.commandLine().getOut();
      if (json) {
        JsonOutput.print(out, round);
      } else {
        out.println("SLA clocks advanced to " + to + ".");
        round.print(out);
        if (round.clocks().records() == 0) {
          out.println("Nothing was due.");
        }
      }
      out.flush();
    }
    return ExitCode.OK;
  }

  static Instant parse(String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new UserError(
          "'" + text + "' is not an instant",
          "write it in ISO-8601 with a zone, such as 2026-11-23T17:00:00Z");
    }
  }
}
