package dev.accord.cli;

import dev.accord.core.exception.ExceptionCase;
import dev.accord.core.lifecycle.OwnerChange;
import dev.accord.core.lifecycle.RecordState;
import dev.accord.core.lifecycle.StageMove;
import dev.accord.core.lifecycle.StageTimes;
import dev.accord.core.routing.Owner;
import dev.accord.core.routing.RoutingDecision;
import dev.accord.core.sla.Handoff;
import dev.accord.core.sla.SlaMeasure;
import dev.accord.core.sla.SpeedToLead;
import dev.accord.storage.LoggedDecision;
import dev.accord.storage.RunFilter;
import dev.accord.storage.StoredRun;
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
        "Show one record's story: every move between stages with who or what moved it and why, its time in each stage, its owners, who routing gave it to and why, the exceptions raised on it, and its SLA clocks with the speed to lead split into the router's and the owner's delay.")
final class HistoryCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin WorkspaceOptions workspaceOptions;

  @Parameters(index = "0", paramLabel = "RECORD_ID", description = "The record's CRM id.")
  String recordId;

  @Option(names = "--json", description = "Print the history as JSON.")
  boolean json;

  /** The {@code --json} document. */
  record History(
      RecordState record,
      List<Routed> routing,
      List<StoredRun> sla,
      Optional<SpeedToLead> speedToLead,
      List<ExceptionCase> exceptions) {}

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
      List<StoredRun> sla = workspace.store().slaRuns(RunFilter.ofRecord(recordId), 1_000, 0);
      Optional<SpeedToLead> speed = speedToLead(workspace, recordId, sla);
      var out = spec.commandLine().getOut();
      if (json) {
        JsonOutput.print(
            out,
            new History(record, routing.stream().map(Routed::of).toList(), sla, speed, exceptions));
      } else {
        printStory(out, record, routing, exceptions);
        printClocks(out, sla, speed);
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

  /**
   * The record's speed to lead, measured on the calendar of the first handoff met by a first touch
   * that ran on it: the split between the router's delay and the owner's.
   */
  private static Optional<SpeedToLead> speedToLead(
      Workspace workspace, String recordId, List<StoredRun> sla) {
    Optional<String> handoff =
        workspace.accord().handoffs().stream()
            .filter(h -> h.metBy() == SlaMeasure.FIRST_TOUCH)
            .map(Handoff::id)
            .filter(id -> sla.stream().anyMatch(run -> run.handoffId().equals(id)))
            .findFirst();
    return handoff.flatMap(id ->
        workspace
            .store()
            .slaClocks(recordId)
            .map(clocks -> workspace.sla().speedToLead(clocks, id)));
  }

  private static void printClocks(
      PrintWriter out, List<StoredRun> sla, Optional<SpeedToLead> speed) {
    if (sla.isEmpty()) {
      out.flush();
      return;
    }
    out.println();
    out.println("SLA clocks:");
    for (StoredRun run : sla) {
      out.printf(
          "  %-24s run %d  started %s  due %s  %s%s%n",
          run.handoffId(),
          run.run(),
          run.startedAt(),
          run.dueAt(),
          run.status().name().toLowerCase(java.util.Locale.ROOT)
              + run.stoppedAt().map(at -> " at " + at).orElse(""),
          run.breached() ? ", breached" : run.isOpen() ? "" : ", in time");
    }
    speed.ifPresent(split -> {
      out.printf(
          "Speed to lead: system (created -> owner) %s, owner (assigned -> first touch) %s%n",
          split.systemDelay().map(HistoryCommand::words).orElse("not yet assigned"),
          split.ownerDelay().map(HistoryCommand::words).orElse("not yet touched"));
    });
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
