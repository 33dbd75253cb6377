package dev.accord.core.sla;

import dev.accord.core.exception.ExceptionCase.SlaBreach;
import dev.accord.core.sla.Deadlines.Firing;
import dev.accord.core.sla.SlaOutcome.EscalationDue;
import dev.accord.core.sla.SlaOutcome.ExceptionOpened;
import dev.accord.core.sla.SlaOutcome.TimerBreached;
import dev.accord.core.sla.SlaTimer.Status;
import dev.accord.core.team.Person;
import dev.accord.core.team.Team;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Time passing over a record's running clocks: every breach and every rung of an escalation ladder
 * whose instant has come fires once, in the order of their instants, with its recipients resolved
 * for the record.
 */
final class Escalations {

  private record Due(int timer, Firing firing) {}

  private final Map<String, Deadlines> handoffs;
  private final Map<String, Team> teams;
  private final Map<String, Person> people;

  Escalations(
      Map<String, Deadlines> handoffs, Map<String, Team> teams, Map<String, Person> people) {
    this.handoffs = handoffs;
    this.teams = teams;
    this.people = people;
  }

  /** Fires what is due up to and including the instant. */
  void advance(TimerSheet sheet, Instant now) {
    if (sheet.asOf.filter(now::isBefore).isPresent()) {
      return;
    }
    sheet.asOf = Optional.of(now);
    List<Due> due = new ArrayList<>();
    for (int i = 0; i < sheet.timers.size(); i++) {
      SlaTimer timer = sheet.timers.get(i);
      if (timer.status() == Status.RUNNING) {
        for (Firing firing : handoffs.get(timer.handoffId()).pending(timer)) {
          if (!firing.at().isAfter(now)) {
            due.add(new Due(i, firing));
          }
        }
      }
    }
    due.sort(
        Comparator.comparing((Due d) -> d.firing().at())
            .thenComparingInt(Due::timer)
            .thenComparingInt(d -> d.firing().rank())
            .thenComparingInt(d -> d.firing().step()));
    due.forEach(next -> fire(sheet, next.timer(), next.firing()));
  }

  /** The next instant anything fires on the record's running clocks. */
  Optional<Instant> next(SlaTimers timers) {
    return timers.timers().stream()
        .filter(timer -> timer.status() == Status.RUNNING)
        .flatMap(timer -> handoffs.get(timer.handoffId()).pending(timer).stream())
        .map(Firing::at)
        .min(Comparator.naturalOrder());
  }

  private void fire(TimerSheet sheet, int index, Firing firing) {
    SlaTimer timer = sheet.timers.get(index);
    Handoff handoff = handoffs.get(timer.handoffId()).handoff();
    if (firing.isBreach()) {
      sheet.timers.set(index, timer.breachedNow());
      sheet.outcomes.add(
          new TimerBreached(
              sheet.recordId, handoff.id(), timer.run(), timer.startedAt(), firing.at()));
      return;
    }
    EscalationStep step = handoff.escalation().get(firing.step());
    sheet.timers.set(index, timer.fired(firing.step()));
    sheet.outcomes.add(
        new EscalationDue(
            sheet.recordId,
            handoff.id(),
            timer.run(),
            firing.at(),
            firing.step(),
            step,
            timer.dueAt(),
            recipients(step, handoff, sheet.owner)));
    if (step.action() == EscalationAction.OPEN_EXCEPTION) {
      String key =
          "sla:"
              + handoff.id()
              + ":"
              + sheet.recordId
              + ":"
              + timer.startedAt()
              + ":"
              + firing.step();
      sheet.outcomes.add(
          new ExceptionOpened(
              new SlaBreach(
                  sheet.recordId,
                  key,
                  firing.at(),
                  handoff.id(),
                  timer.startedAt(),
                  timer.dueAt())));
    }
  }

  /**
   * The manager of the record's owner: of the handoff's team when the owner is in it, else of the
   * first of the owner's teams that has one; the handoff's team's manager when the owner is nobody
   * the accord knows, such as a queue.
   */
  private Optional<String> manager(Handoff handoff, Optional<String> owner) {
    List<String> ownersTeams =
        owner.map(people::get).map(Person::teams).orElse(List.of()).stream()
            .sorted(Comparator.comparing((String team) -> !team.equals(handoff.owner())))
            .toList();
    return Stream.concat(ownersTeams.stream(), Stream.of(handoff.owner()))
        .map(teams::get)
        .filter(java.util.Objects::nonNull)
        .flatMap(team -> team.manager().stream())
        .findFirst();
  }

  /**
   * The step's recipients for the record: {@code owner} is the record's owner, or the owning team
   * while it has none; {@code manager} is the owner's manager; teams and people are named as they
   * are.
   */
  private List<String> recipients(EscalationStep step, Handoff handoff, Optional<String> owner) {
    Set<String> resolved = new LinkedHashSet<>();
    for (String recipient : step.recipients()) {
      switch (recipient) {
        case "owner" -> resolved.add(owner.orElse(handoff.owner()));
        case "manager" -> manager(handoff, owner).ifPresent(resolved::add);
        default -> resolved.add(recipient);
      }
    }
    return List.copyOf(resolved);
  }
}
