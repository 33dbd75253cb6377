package dev.accord.storage;

import dev.accord.core.calendar.BusinessCalendar;
import dev.accord.core.calendar.BusinessDuration;
import dev.accord.core.calendar.PublicHolidays;
import dev.accord.core.event.ActivityType;
import dev.accord.core.event.EventHeader;
import dev.accord.core.event.RecordEvent;
import dev.accord.core.exception.DataQualityKind;
import dev.accord.core.exception.ExceptionCase;
import dev.accord.core.field.Condition;
import dev.accord.core.field.Operator;
import dev.accord.core.lifecycle.Guardrails;
import dev.accord.core.lifecycle.LifecycleEngine;
import dev.accord.core.lifecycle.ObjectType;
import dev.accord.core.lifecycle.Pipeline;
import dev.accord.core.lifecycle.RecordState;
import dev.accord.core.lifecycle.Stage;
import dev.accord.core.lifecycle.Transition;
import dev.accord.core.lifecycle.TransitionKind;
import dev.accord.core.routing.Routing;
import dev.accord.core.routing.RoutingRule;
import dev.accord.core.routing.RoutingStrategy;
import dev.accord.core.routing.RoutingTable;
import dev.accord.core.sla.EscalationAction;
import dev.accord.core.sla.EscalationStep;
import dev.accord.core.sla.EscalationTrigger;
import dev.accord.core.sla.Handoff;
import dev.accord.core.sla.SlaEngine;
import dev.accord.core.sla.SlaMeasure;
import dev.accord.core.sla.SlaStart;
import dev.accord.core.team.Department;
import dev.accord.core.team.Person;
import dev.accord.core.team.Role;
import dev.accord.core.team.Roster;
import dev.accord.core.team.Team;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A small lead funnel for the storage tests, and events on it. Its open stages may move to one
 * another freely and breach no guardrail, so what the tests check is what the store does with the
 * engine's answers, not the answers themselves; only {@code lost} is closed, so that leaving it is
 * a blocked move.
 */
final class Funnel {

  static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
  static final List<String> OPEN_STAGES = List.of("new", "working", "qualified");

  private Funnel() {}

  static LifecycleEngine engine() {
    return LifecycleEngine.of(List.of(lead()), Guardrails.defaults(), List.of());
  }

  /** The lead object whose inbound pipeline the funnel's records follow. */
  static ObjectType lead() {
    List<Stage> stages =
        List.of(
            new Stage("new", "New", "", List.of(), true, false),
            new Stage("working", "Working", "", List.of(), false, false),
            new Stage("qualified", "Qualified", "", List.of(), false, false),
            new Stage("lost", "Lost", "", List.of(), false, true));
    List<Transition> transitions = new ArrayList<>();
    transitions.add(new Transition(List.of("new"), "working", TransitionKind.FORWARD, List.of()));
    transitions.add(
        new Transition(List.of("working"), "qualified", TransitionKind.FORWARD, List.of()));
    transitions.add(
        new Transition(List.of("working", "qualified"), "new", TransitionKind.RECYCLE, List.of()));
    transitions.add(new Transition(List.of("new"), "qualified", TransitionKind.FORWARD, List.of()));
    transitions.add(
        new Transition(List.of("qualified"), "working", TransitionKind.REOPEN, List.of()));
    transitions.add(new Transition(OPEN_STAGES, "lost", TransitionKind.LOST, List.of()));
    Pipeline inbound = new Pipeline("inbound", "Inbound", stages, transitions);
    return new ObjectType("lead", "Lead", List.of(), List.of(inbound));
  }

  /**
   * Routing for the funnel: leads entering {@code working} from Germany go round the German SDRs
   * (ann, bob, cat in turn, nobody skipped); there is no fallback queue, so any other lead entering
   * {@code working} is a routing failure.
   */
  static RoutingTable routing() {
    Team sdr = new Team("sdr", "SDRs", Department.SALES, Optional.empty(), Optional.empty());
    List<Person> people =
        List.of("ann", "bob", "cat").stream()
            .map(id ->
                new Person(
                    id,
                    id,
                    Optional.empty(),
                    List.of("sdr"),
                    List.of(Role.MEMBER),
                    Optional.empty(),
                    OptionalInt.empty(),
                    1,
                    true))
            .toList();
    RoutingRule germany =
        new RoutingRule(
            "germany",
            List.of(new Condition("country", Operator.EQ, List.of("DE"))),
            new RoutingStrategy.RoundRobin("sdr", List.of()));
    return RoutingTable.of(
        new Routing(List.of("working"), List.of(germany), Optional.empty()),
        new Roster(List.of(sdr), people),
        List.of(),
        PublicHolidays.none(),
        List.of(),
        List.of());
  }

  /**
   * One handoff on the funnel: a record entering {@code working} is owed its owner's first touch
   * within one business hour of a UTC calendar open 09:00-17:00 on weekdays (T0 is a Monday 09:00).
   * The ladder reminds the owner at half time, tells the SDR manager at the breach and opens an
   * exception an hour after it.
   */
  static SlaEngine sla() {
    BusinessCalendar utc =
        new BusinessCalendar(
            "utc",
            ZoneOffset.UTC,
            List.of(
                DayOfWeek.MONDAY,
                DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY),
            LocalTime.of(9, 0),
            LocalTime.of(17, 0),
            Optional.empty(),
            List.of());
    List<EscalationStep> ladder =
        List.of(
            new EscalationStep(
                new EscalationTrigger.ShareOfSla(50), EscalationAction.REMIND, List.of("owner")),
            new EscalationStep(
                new EscalationTrigger.AfterBreach(BusinessDuration.minutes(0)),
                EscalationAction.NOTIFY,
                List.of("manager")),
            new EscalationStep(
                new EscalationTrigger.AfterBreach(BusinessDuration.hours(1)),
                EscalationAction.OPEN_EXCEPTION,
                List.of("sdr")));
    Handoff firstTouch =
        new Handoff(
            "first_touch",
            "",
            "working",
            "qualified",
            "sdr",
            BusinessDuration.hours(1),
            "utc",
            SlaStart.STAGE_ENTRY,
            SlaMeasure.FIRST_TOUCH,
            List.of(),
            false,
            List.of(),
            ladder);
    Team sdr = new Team("sdr", "SDRs", Department.SALES, Optional.of("maria"), Optional.empty());
    return SlaEngine.of(
        List.of(firstTouch),
        List.of(utc),
        PublicHolidays.none(),
        new Roster(List.of(sdr), List.of()));
  }

  static Instant at(int minutes) {
    return T0.plusSeconds(60L * minutes);
  }

  static EventHeader header(String recordId, String key, int minute) {
    return new EventHeader(recordId, "lead", at(minute), "test", key, "maria");
  }

  static RecordEvent created(String recordId, String key, int minute, String stage) {
    return new RecordEvent.RecordCreated(
        header(recordId, key, minute),
        stage,
        Map.of("email", recordId + "@example.com"),
        Optional.of("ana"));
  }

  static RecordEvent moved(String recordId, String key, int minute, String stage) {
    return new RecordEvent.StageChanged(header(recordId, key, minute), stage, Optional.empty());
  }

  static RecordEvent assigned(String recordId, String key, int minute, String owner) {
    return new RecordEvent.OwnerAssigned(header(recordId, key, minute), owner);
  }

  static RecordEvent changed(String recordId, String key, int minute, String field, String value) {
    return new RecordEvent.FieldsChanged(header(recordId, key, minute), Map.of(field, value));
  }

  static RecordEvent called(String recordId, String key, int minute) {
    return new RecordEvent.ActivityLogged(header(recordId, key, minute), ActivityType.CALL);
  }

  static ExceptionCase finding(String recordId, String key, String value) {
    return new ExceptionCase.DataQualityFinding(
        recordId, key, T0, DataQualityKind.SENTINEL, "industry", value, "placeholder " + value);
  }

  /**
   * What the engine makes of each record from the given events alone, in memory: the states a store
   * must hold after ingesting them, in any batches, duplicates included.
   */
  static Map<String, RecordState> replayed(LifecycleEngine engine, List<RecordEvent> events) {
    Map<String, List<RecordEvent>> byRecord = new LinkedHashMap<>();
    java.util.Set<String> keys = new java.util.HashSet<>();
    for (RecordEvent event : events) {
      if (keys.add(event.idempotencyKey())) {
        byRecord.computeIfAbsent(event.recordId(), id -> new ArrayList<>()).add(event);
      }
    }
    Map<String, RecordState> states = new LinkedHashMap<>();
    byRecord.forEach((recordId, recordEvents) ->
        engine.replay(recordEvents).ifPresent(state -> states.put(recordId, state)));
    return states;
  }
}
