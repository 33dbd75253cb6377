package dev.accord.core.sla;

import dev.accord.core.event.RecordEvent;
import dev.accord.core.event.RecordEvent.ActivityLogged;
import dev.accord.core.event.RecordEvent.DispositionRecorded;
import dev.accord.core.event.RecordEvent.FieldsChanged;
import dev.accord.core.event.RecordEvent.OwnerAssigned;
import dev.accord.core.event.RecordEvent.RecordCreated;
import dev.accord.core.event.RecordEvent.StageChanged;
import dev.accord.core.sla.SlaTimer.Status;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * How an event starts, stops, pauses and restarts a record's clocks, one handoff at a time.
 *
 * <ul>
 *   <li>A clock starts when the record enters the handoff's {@code from} stage or, when it starts
 *       on assignment, when the record is given to an owner there: a record created there with an
 *       owner at its creation, a record that comes back to the stage at its next assignment — not
 *       at the entry, for the owner of its last pass is not the one the router is about to choose.
 *       A clock met by feedback starts instead on the move from {@code from} to {@code to}: the
 *       rejection. Coming back from a pause stage is no entry.
 *   <li>It is met by the owner's touch (an activity by the owner, by nobody named, or on a record
 *       without an owner), by entering {@code to}, by a disposition with a reason code, or by
 *       leaving {@code from}, as the handoff's {@code met_by} says.
 *   <li>It pauses while the record is in a {@code pause_in} stage and resumes when the record
 *       leaves it. A clock measured on the stay in {@code from} that leaves it for another stage
 *       without being met is withdrawn: the record no longer waits for anyone.
 *   <li>Where the handoff restarts on activity, any activity on a running clock meets it and starts
 *       a new run at once.
 * </ul>
 */
final class TimerRules {

  private final List<Deadlines> handoffs;

  TimerRules(List<Deadlines> handoffs) {
    this.handoffs = handoffs;
  }

  void apply(TimerSheet sheet, RecordEvent event) {
    Instant at = event.occurredAt();
    switch (event) {
      case RecordCreated created -> {
        sheet.createdAt = sheet.createdAt.or(() -> Optional.of(at));
        enter(sheet, created.stage(), at);
        created.owner().ifPresent(owner -> assign(sheet, owner, at));
      }
      case StageChanged moved -> enter(sheet, moved.toStage(), at);
      case OwnerAssigned assigned -> assign(sheet, assigned.owner(), at);
      case ActivityLogged touch -> touch(sheet, touch, at);
      case DispositionRecorded disposition -> {
        if (!disposition.reasonCode().isBlank()) {
          meetAll(sheet, SlaMeasure.FEEDBACK, at);
        }
      }
      case FieldsChanged changed -> {}
    }
  }

  private void enter(TimerSheet sheet, String to, Instant at) {
    Optional<String> left = sheet.stage;
    sheet.stage = Optional.of(to);
    for (Deadlines deadlines : handoffs) {
      Handoff handoff = deadlines.handoff();
      int active = sheet.active(handoff.id());
      boolean pauses = handoff.pauseIn().contains(to);
      if (active >= 0) {
        move(sheet, deadlines, active, to, pauses, at);
      } else if (handoff.metBy() == SlaMeasure.FEEDBACK) {
        if (left.equals(Optional.of(handoff.from())) && to.equals(handoff.to())) {
          sheet.start(deadlines, at);
        }
      } else if (to.equals(handoff.from())
          && !left.equals(Optional.of(handoff.from()))
          && !left.filter(handoff.pauseIn()::contains).isPresent()) {
        if (handoff.startsOn() == SlaStart.STAGE_ENTRY) {
          sheet.start(deadlines, at);
        } else {
          sheet.awaitingAssignment.add(handoff.id());
        }
      }
      if (!to.equals(handoff.from()) && !pauses) {
        sheet.awaitingAssignment.remove(handoff.id());
      }
    }
  }

  /** A stage move while the handoff's clock is owed. */
  private static void move(
      TimerSheet sheet, Deadlines deadlines, int active, String to, boolean pauses, Instant at) {
    Handoff handoff = deadlines.handoff();
    SlaTimer timer = sheet.timers.get(active);
    if (handoff.metBy() == SlaMeasure.ACCEPTANCE && to.equals(handoff.to())) {
      sheet.meet(active, at);
    } else if (pauses) {
      if (timer.status() == Status.RUNNING) {
        sheet.timers.set(active, deadlines.pause(timer, at));
      }
    } else if (handoff.metBy() == SlaMeasure.FEEDBACK || to.equals(handoff.from())) {
      if (timer.status() == Status.PAUSED) {
        sheet.timers.set(active, deadlines.resume(timer, at));
      }
    } else if (handoff.metBy() == SlaMeasure.STAGE_EXIT) {
      sheet.meet(active, at);
    } else {
      sheet.withdraw(active, at);
    }
  }

  private void assign(TimerSheet sheet, String owner, Instant at) {
    sheet.owner = Optional.of(owner);
    sheet.assignedAt = sheet.assignedAt.or(() -> Optional.of(at));
    for (Deadlines deadlines : handoffs) {
      Handoff handoff = deadlines.handoff();
      if (sheet.awaitingAssignment.contains(handoff.id())
          && sheet.stage.equals(Optional.of(handoff.from()))) {
        sheet.awaitingAssignment.remove(handoff.id());
        sheet.start(deadlines, at);
      }
    }
  }

  private void touch(TimerSheet sheet, ActivityLogged touch, Instant at) {
    String actor = touch.header().actor();
    boolean byOwner = actor.isBlank() || sheet.owner.map(actor::equals).orElse(true);
    if (byOwner && sheet.assignedAt.isPresent() && sheet.firstTouchAt.isEmpty()) {
      sheet.firstTouchAt = Optional.of(at);
    }
    if (byOwner) {
      meetAll(sheet, SlaMeasure.FIRST_TOUCH, at);
    }
    for (Deadlines deadlines : handoffs) {
      int active = sheet.active(deadlines.handoff().id());
      if (deadlines.handoff().restartOnActivity()
          && active >= 0
          && sheet.timers.get(active).status() == Status.RUNNING) {
        sheet.meet(active, at);
        sheet.start(deadlines, at);
      }
    }
  }

  private void meetAll(TimerSheet sheet, SlaMeasure measure, Instant at) {
    for (Deadlines deadlines : handoffs) {
      int active = sheet.active(deadlines.handoff().id());
      if (deadlines.handoff().metBy() == measure && active >= 0) {
        sheet.meet(active, at);
      }
    }
  }
}
