package dev.accord.cli;

import dev.accord.core.exception.ExceptionCase;
import dev.accord.core.lifecycle.OwnerChange;
import dev.accord.core.lifecycle.RecordState;
import dev.accord.core.lifecycle.StageMove;
import dev.accord.core.lifecycle.StageTimes;
import dev.accord.core.routing.Owner;
import dev.accord.core.routing.RoutingDecision;
import dev.accord.storage.LoggedDecision;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code accord history RECORD_ID}: how one record got where it is. */
@Command(
    name = "history",
    mixinStandardHelpOptions = true,
    header = "Show how one record got where it is.",
    description =
        "Show one record's story: every move between stages with who or what moved it and why, its time in each stage, its owners, who routing gave it to and why, and the exceptions raised on it.")
final class HistoryCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin WorkspaceOptions workspaceOptions;

  @Parameters(index = "0", paramLabel = "RECORD_ID", description = "The record's CRM id.")
  String recordId;

  @Option(names = "--json", description = "Print the history as JSON.")
  boolean json;

  /** The {@code --json} document. */
  record History(RecordState record, List<Routed> routing, List<ExceptionCase> exceptions) {}

  /** One routing decision in the {@code --json} document. */
  record Routed(
      String stage,
      Instant decidedAt,
      String eventKey,
      Optional<String> ownerKind,
      Optional<String> owner,
      Optional<String> rule,
      Map<String, String> matchedOn,
      List<String> explanation,
      String summary) {

    static Routed of(LoggedDecision logged) {
      RoutingDecision decision = logged.decision();
      return new Routed(
          decision.stage(),
          decision.decidedAt(),
          logged.eventKey(),
          decision.owner().map(Routed::kind),
          decision.owner().map(Owner::id),
          decision.rule(),
          decision.matchedOn(),
          decision.explanation(),
          decision.describe());
    }

    private static String kind(Owner owner) {
      return switch (owner) {
        case Owner.Person person -> "person";
        case Owner.Queue queue -> "queue";
      };
    }
  }

  @Override
  public Integer call() {
    try (Workspace workspace = Workspace.open(workspaceOptions)) {
      Optional<RecordState> found = workspace.store().record(recordId);
      if (found.isEmpty()) {
        throw new UserError(
            "no record `" + recordId + "` in " + workspace.folder(),
            "'accord records' lists the records there are");
      }
      RecordState record = found.get();
      List<LoggedDecision> routing = workspace.store().routingDecisions(recordId);
      List<ExceptionCase> exceptions =
          workspace.store().exceptions(Optional.of(recordId), 1_000, 0);
      var out = spec.commandLine().getOut();
      if (json) {
        JsonOutput.print(
            out, new History(record, routing.stream().map(Routed::of).toList(), exceptions));
      } else {
        printStory(out, record, routing, exceptions);
      }
    }
    return ExitCode.OK;
  }

  private static void printStory(
      PrintWriter out,
      RecordState record,
      List<LoggedDecision> routing,
      List<ExceptionCase> exceptions) {
    out.printf(
        "%s %s: now in %s (pipeline %s), owner %s; created %s, %d events, last at %s%n",
        record.objectType(),
        record.recordId(),
        record.stage(),
        record.pipeline(),
        record.owner().orElse("none"),
        record.createdAt(),
        record.eventCount(),
        record.lastEventAt());
    record.firstTouchAt().ifPresent(at -> out.println("First touch: " + at));
    out.println();
    out.println("Stage history:");
    for (StageMove move : record.stageHistory()) {
      out.printf(
          "  %s  %-12s -> %-14s %-10s by %s via %s%s%n",
          move.at(),
          move.from().orElse("(created)"),
          move.to(),
          move.kind().name().toLowerCase(java.util.Locale.ROOT),
          move.actor().isBlank() ? "-" : move.actor(),
          move.source().isBlank() ? "-" : move.source(),
          move.reasonCode().map(code -> ", reason " + code).orElse(""));
    }
    out.println();
    out.println("Time in stage (as of the last event):");
    for (Map.Entry<String, StageTimes> entry : record.stageTimes().entrySet()) {
      StageTimes times = entry.getValue();
      out.printf(
          "  %-14s %s over %d visit%s%s%n",
          entry.getKey(),
          words(times.timeIn(record.lastEventAt())),
          times.visits(),
          times.visits() == 1 ? "" : "s",
          times.isOpen() ? " (open)" : "");
    }
    if (!record.ownerHistory().isEmpty()) {
      out.println();
      out.println("Owners:");
      for (OwnerChange change : record.ownerHistory()) {
        out.printf("  %s  %s -> %s%n", change.at(), change.from().orElse("(none)"), change.to());
      }
    }
    if (!routing.isEmpty()) {
      out.println();
      out.println("Routing:");
      for (LoggedDecision logged : routing) {
        RoutingDecision decision = logged.decision();
        out.printf("  %s  %s%n", decision.decidedAt(), decision.describe());
        decision.explanation().forEach(line -> out.println("      " + line));
      }
    }
    out.println();
    out.println(exceptions.isEmpty() ? "No exceptions." : "Exceptions:");
    for (ExceptionCase exception : exceptions) {
      out.printf(
          "  %s  %s: %s%n",
          exception.occurredAt(),
          exception.type().name().toLowerCase(java.util.Locale.ROOT),
          exception.describe());
    }
    out.flush();
  }

  private static String words(Duration duration) {
    long minutes = duration.toMinutes();
    if (minutes < 60) {
      return minutes + "m";
    }
    if (minutes < 48 * 60) {
      return duration.toHours() + "h " + duration.toMinutesPart() + "m";
    }
    return duration.toDays() + "d " + duration.toHoursPart() + "h";
  }
}
