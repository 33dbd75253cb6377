package dev.accord.core.sla;

import dev.accord.core.calendar.BusinessClock;
import dev.accord.core.sla.EscalationTrigger.AfterBreach;
import dev.accord.core.sla.EscalationTrigger.ShareOfSla;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The instants one handoff's clock reaches on its calendar: the due instant of a new run, the due
 * instant after a pause, and when the breach and each rung of the escalation ladder fire.
 */
final class Deadlines {

  /** Something a running clock does when time reaches it; {@code step} is -1 for the breach. */
  record Firing(Instant at, int rank, int step) {

    static final int BREACH = -1;

    boolean isBreach() {
      return step == BREACH;
    }
  }

  private final Handoff handoff;
  private final BusinessClock clock;

  Deadlines(Handoff handoff, BusinessClock clock) {
    this.handoff = handoff;
    this.clock = clock;
  }

  Handoff handoff() {
    return handoff;
  }

  BusinessClock clock() {
    return clock;
  }

  SlaTimer start(int run, Instant at) {
    Instant due = clock.dueAt(at, handoff.sla());
    return SlaTimer.started(handoff.id(), run, at, due, clock.businessTimeBetween(at, due));
  }

  SlaTimer pause(SlaTimer timer, Instant at) {
    return timer.paused(timer.used().plus(clock.businessTimeBetween(timer.segmentStart(), at)));
  }

  /**
   * The clock runs again from the instant with the business time it had left; a clock paused after
   * its breach has none left and keeps the due instant it missed.
   */
  SlaTimer resume(SlaTimer timer, Instant at) {
    Duration left = timer.budget().minus(timer.used());
    return timer.resumed(
        at,
        left.isNegative() || left.isZero() ? timer.dueAt() : BusinessTime.after(clock, at, left));
  }

  /**
   * What the running clock has still to do, in the order it does it: at an equal instant a share of
   * the SLA comes before the breach, and the breach before the steps after it.
   */
  List<Firing> pending(SlaTimer timer) {
    List<Firing> pending = new ArrayList<>();
    if (!timer.breached()) {
      pending.add(new Firing(timer.dueAt(), 1, Firing.BREACH));
    }
    for (int k = 0; k < handoff.escalation().size(); k++) {
      if (!timer.firedSteps().contains(k)) {
        EscalationTrigger trigger = handoff.escalation().get(k).at();
        pending.add(new Firing(fireAt(timer, trigger), trigger instanceof ShareOfSla ? 0 : 2, k));
      }
    }
    pending.sort(
        java.util.Comparator.comparing(Firing::at)
            .thenComparingInt(Firing::rank)
            .thenComparingInt(Firing::step));
    return pending;
  }

  /** When the trigger fires; what came due while the clock was paused fires as it resumes. */
  private Instant fireAt(SlaTimer timer, EscalationTrigger trigger) {
    Instant at = nominally(timer, trigger);
    return at.isBefore(timer.segmentStart()) ? timer.segmentStart() : at;
  }

  private Instant nominally(SlaTimer timer, EscalationTrigger trigger) {
    return switch (trigger) {
      case ShareOfSla share -> {
        Duration left =
            timer.budget().multipliedBy(share.percent()).dividedBy(100).minus(timer.used());
        yield left.isNegative() ? timer.segmentStart() : after(timer.segmentStart(), left);
      }
      // A breach step with no delay fires at the due instant, even when that is a closing time.
      case AfterBreach after ->
          after.delay().amount() == 0 ? timer.dueAt() : clock.dueAt(timer.dueAt(), after.delay());
    };
  }

  private Instant after(Instant from, Duration business) {
    return BusinessTime.after(clock, from, business);
  }
}
