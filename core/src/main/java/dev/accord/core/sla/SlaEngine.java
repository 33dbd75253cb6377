package dev.accord.core.sla;

import dev.accord.core.calendar.BusinessCalendar;
import dev.accord.core.calendar.BusinessClock;
import dev.accord.core.calendar.PublicHolidays;
import dev.accord.core.event.RecordEvent;
import dev.accord.core.team.Person;
import dev.accord.core.team.Roster;
import dev.accord.core.team.Team;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Runs the handoff contract's clocks: for every handoff, a clock per record that starts, stops,
 * pauses and restarts on the record's events (see {@link TimerRules}), falls due at the
 * business-time instant the handoff's calendar gives, and climbs the escalation ladder as time
 * passes.
 *
 * <p>Two pure functions move a record's {@link SlaTimers} on: {@link #on} with an event, {@link
 * #advance} with an instant. An event first advances the clocks to its own instant, so it makes no
 * difference whether time was advanced in between, or how often: a replay that only feeds the
 * events of an import and a scheduler that also calls {@code advance} on the real clock give the
 * same breaches. A clock is breached at its due instant itself: an event at that instant is late.
 *
 * <p>The engine is compiled once per accord version; it reads no clock of its own.
 */
public final class SlaEngine {

  private final Map<String, Deadlines> handoffs;
  private final TimerRules rules;
  private final Escalations escalations;

  private SlaEngine(Map<String, Deadlines> handoffs, Roster roster) {
    this.handoffs = handoffs;
    this.rules = new TimerRules(List.copyOf(handoffs.values()));
    this.escalations =
        new Escalations(
            handoffs,
            roster.teams().stream().collect(Collectors.toMap(Team::id, Function.identity())),
            roster.people().stream().collect(Collectors.toMap(Person::id, Function.identity())));
  }

  /**
   * The engine for an accord's handoff contract.
   *
   * @param handoffs the handoffs, each on a calendar of {@code calendars}
   * @param calendars the business calendars
   * @param holidays the public holidays of the calendars' countries
   * @param roster the teams and people, for the managers escalations tell
   * @throws IllegalArgumentException when a handoff runs on a calendar not given
   */
  public static SlaEngine of(
      List<Handoff> handoffs,
      List<BusinessCalendar> calendars,
      PublicHolidays holidays,
      Roster roster) {
    Map<String, BusinessClock> clocks = new HashMap<>();
    for (BusinessCalendar calendar : calendars) {
      clocks.put(calendar.id(), new BusinessClock(calendar, holidays));
    }
    Map<String, Deadlines> byId = new LinkedHashMap<>();
    for (Handoff handoff : handoffs) {
      BusinessClock clock = clocks.get(handoff.calendar());
      if (clock == null) {
        throw new IllegalArgumentException(
            "handoff " + handoff.id() + " runs on unknown calendar " + handoff.calendar());
      }
      byId.put(handoff.id(), new Deadlines(handoff, clock));
    }
    return new SlaEngine(byId, roster);
  }

  /**
   * Applies an event of the record: time first advances to the event's instant, then the event
   * starts, stops, pauses or restarts clocks. An event older than the clocks' time is applied at
   * its own instant, but what has fired stays fired.
   *
   * @throws IllegalArgumentException if the event concerns another record
   */
  public SlaUpdate on(SlaTimers timers, RecordEvent event) {
    if (!timers.recordId().equals(event.recordId())) {
      throw new IllegalArgumentException(
          "an event of record "
              + event.recordId()
              + " applied to the clocks of "
              + timers.recordId());
    }
    TimerSheet sheet = new TimerSheet(timers);
    escalations.advance(sheet, event.occurredAt());
    rules.apply(sheet, event);
    return new SlaUpdate(sheet.freeze(), sheet.outcomes);
  }

  /**
   * Advances the record's clocks to the instant: breaches and ladder steps due by then, the instant
   * itself included, fire in order. An instant before the clocks' time changes nothing.
   */
  public SlaUpdate advance(SlaTimers timers, Instant now) {
    TimerSheet sheet = new TimerSheet(timers);
    escalations.advance(sheet, now);
    return new SlaUpdate(sheet.freeze(), sheet.outcomes);
  }

  /** When {@link #advance} next has something to fire for the record, for a scheduler to wait. */
  public Optional<Instant> nextFiring(SlaTimers timers) {
    return escalations.next(timers);
  }

  /**
   * The record's speed to lead, in business time on the handoff's calendar.
   *
   * @throws IllegalArgumentException when the accord has no such handoff
   */
  public SpeedToLead speedToLead(SlaTimers timers, String handoffId) {
    Deadlines deadlines = handoffs.get(handoffId);
    if (deadlines == null) {
      throw new IllegalArgumentException("no handoff " + handoffId);
    }
    BusinessClock clock = deadlines.clock();
    Optional<Duration> system =
        timers
            .createdAt()
            .flatMap(created -> timers.assignedAt().map(a -> between(clock, created, a)));
    Optional<Duration> owner =
        timers
            .assignedAt()
            .flatMap(assigned -> timers.firstTouchAt().map(t -> between(clock, assigned, t)));
    return new SpeedToLead(system, owner);
  }

  private static Duration between(BusinessClock clock, Instant from, Instant to) {
    return clock.businessTimeBetween(from, to);
  }
}
