package dev.accord.core.sla;

import dev.accord.core.sla.SlaOutcome.TimerMet;
import dev.accord.core.sla.SlaOutcome.TimerStarted;
import dev.accord.core.sla.SlaOutcome.TimerWithdrawn;
import dev.accord.core.sla.SlaTimer.Status;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A record's clocks while one event or one step of time is applied to them: a working copy taken
 * from an {@link SlaTimers} value and frozen back into the next one, with the outcomes in the order
 * they happened. It never leaves the engine.
 */
final class TimerSheet {

  final String recordId;
  Optional<Instant> asOf;
  Optional<String> stage;
  Optional<String> owner;
  Optional<Instant> createdAt;
  Optional<Instant> assignedAt;
  Optional<Instant> firstTouchAt;
  final Set<String> awaitingAssignment;
  final List<SlaTimer> timers;
  final List<SlaOutcome> outcomes = new ArrayList<>();

  TimerSheet(SlaTimers from) {
    this.recordId = from.recordId();
    this.asOf = from.asOf();
    this.stage = from.stage();
    this.owner = from.owner();
    this.createdAt = from.createdAt();
    this.assignedAt = from.assignedAt();
    this.firstTouchAt = from.firstTouchAt();
    this.awaitingAssignment = new LinkedHashSet<>(from.awaitingAssignment());
    this.timers = new ArrayList<>(from.timers());
  }

  SlaTimers freeze() {
    return new SlaTimers(
        recordId,
        asOf,
        stage,
        owner,
        createdAt,
        assignedAt,
        firstTouchAt,
        List.copyOf(awaitingAssignment),
        timers);
  }

  /** The index of the handoff's active run, or -1 when none is owed. */
  int active(String handoffId) {
    for (int i = 0; i < timers.size(); i++) {
      if (timers.get(i).handoffId().equals(handoffId) && timers.get(i).isActive()) {
        return i;
      }
    }
    return -1;
  }

  void start(Deadlines deadlines, Instant at) {
    String handoffId = deadlines.handoff().id();
    int run = (int) timers.stream().filter(t -> t.handoffId().equals(handoffId)).count() + 1;
    SlaTimer timer = deadlines.start(run, at);
    timers.add(timer);
    outcomes.add(new TimerStarted(recordId, handoffId, run, at, timer.dueAt()));
  }

  void meet(int index, Instant at) {
    SlaTimer timer = timers.get(index).stopped(Status.MET, at);
    timers.set(index, timer);
    outcomes.add(
        new TimerMet(
            recordId, timer.handoffId(), timer.run(), at, timer.dueAt(), !timer.breached()));
  }

  void withdraw(int index, Instant at) {
    SlaTimer timer = timers.get(index).stopped(Status.WITHDRAWN, at);
    timers.set(index, timer);
    outcomes.add(new TimerWithdrawn(recordId, timer.handoffId(), timer.run(), at));
  }
}
