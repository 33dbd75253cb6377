package dev.accord.cli;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code accord sla watch}: the clocks in live operation, on the real clock. */
@Command(
    name = "watch",
    mixinStandardHelpOptions = true,
    header = "Run the SLA clocks live: fire every breach and escalation at its instant.",
    description =
        "Keep the SLA clocks running on the real clock: wake at the next instant any clock has something due (and at least every --poll, to see clocks started by new events), fire it, send the escalations, and sleep again, until stopped with Ctrl-C or after --for. Other processes may import meanwhile when the workspace is on PostgreSQL; the embedded H2 database admits one process at a time.")
final class SlaWatchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin WorkspaceOptions workspaceOptions;

  @Option(
      names = "--poll",
      paramLabel = "DURATION",
      description = "Look for new clocks at least this often (default: PT1M).")
  String poll = "PT1M";

  @Option(
      names = "--for",
      paramLabel = "DURATION",
      description = "Stop after this long, such as PT8H (default: run until stopped).")
  String runFor;

  @Override
  public Integer call() {
    Duration every = duration("--poll", poll);
    if (every.isZero() || every.isNegative()) {
      throw new UserError("--poll must be positive", "such as PT1M or PT10S");
    }
    Optional<Instant> until =
        Optional.ofNullable(runFor).map(text -> Instant.now().plus(duration("--for", text)));
    var out = spec.commandLine().getOut();
    try (Workspace workspace = Workspace.open(workspaceOptions)) {
      out.println(
          "Watching the SLA clocks of "
              + workspace.folder()
              + until.map(instant -> " until " + instant).orElse(" until stopped")
              + ".");
      out.flush();
      Clock clock = Clock.systemUTC();
      int rounds =
          new SlaScheduler(clock, duration -> Thread.sleep(duration), every)
              .run(
                  until,
                  now -> {
                    SlaCatchUp round = SlaCatchUp.to(workspace, now, clock);
                    round.print(out);
                    out.flush();
                  },
                  () -> workspace.store().nextFiring());
      out.printf("Stopped after %d round%s.%n", rounds, rounds == 1 ? "" : "s");
      out.flush();
    }
    return ExitCode.OK;
  }

  private static Duration duration(String option, String text) {
    try {
      return Duration.parse(text);
    } catch (DateTimeParseException e) {
      throw new UserError(
          option + " '" + text + "' is not a duration",
          "write it in ISO-8601, such as PT1M or PT8H");
    }
  }
}
