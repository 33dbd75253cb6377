package dev.accord.core.queue;

import dev.accord.core.calendar.BusinessCalendar;
import dev.accord.core.calendar.BusinessClock;
import dev.accord.core.calendar.BusinessDuration;
import dev.accord.core.calendar.PublicHolidays;
import dev.accord.core.exception.ExceptionCase;
import dev.accord.core.exception.ExceptionType;
import dev.accord.core.scorecard.Kpi;
import dev.accord.core.shared.Values;
import dev.accord.core.sla.Handoff;
import dev.accord.core.team.Department;
import dev.accord.core.team.Person;
import dev.accord.core.team.Team;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Gives each new exception its owner, severity and due date under the accord.
 *
 * <p>The accord's {@code exceptions} section decides for the types it lists. For the others, a
 * breach of the lifecycle on a record goes to the team that owns the handoff into (or else out of)
 * the stage concerned, a dispute to the team that owns the KPI, and the rest to revenue operations:
 * the first team of the revops department, or a team called {@code revops}.
 *
 * <p>An exception falls due its SLA after it was raised, in business time on the owner's calendar:
 * the team's own, a person's first team's, or else the accord's first calendar. An accord without
 * calendars counts around the clock, a business day then being 24 hours.
 */
public final class ExceptionTriage {

  private static final String REVOPS = "revops";

  private final Map<ExceptionType, ExceptionPolicy> policies = new HashMap<>();
  private final List<Handoff> handoffs;
  private final List<Kpi> kpis;
  private final List<Team> teams;
  private final List<Person> people;
  private final List<BusinessCalendar> calendars;
  private final PublicHolidays holidays;
  private final Map<String, BusinessClock> clocks = new HashMap<>();
  private final String revops;

  private ExceptionTriage(
      List<ExceptionPolicy> policies,
      List<Handoff> handoffs,
      List<Kpi> kpis,
      List<Team> teams,
      List<Person> people,
      List<BusinessCalendar> calendars,
      PublicHolidays holidays) {
    policies.forEach(policy -> this.policies.putIfAbsent(policy.type(), policy));
    this.handoffs = Values.list(handoffs);
    this.kpis = Values.list(kpis);
    this.teams = Values.list(teams);
    this.people = Values.list(people);
    this.calendars = Values.list(calendars);
    this.holidays = holidays;
    this.revops =
        this.teams.stream()
            .filter(team -> team.department() == Department.REVOPS)
            .map(Team::id)
            .findFirst()
            .orElse(REVOPS);
  }

  /** The triage of an accord's pieces; the holidays are those of its calendars' countries. */
  public static ExceptionTriage of(
      List<ExceptionPolicy> policies,
      List<Handoff> handoffs,
      List<Kpi> kpis,
      List<Team> teams,
      List<Person> people,
      List<BusinessCalendar> calendars,
      PublicHolidays holidays) {
    return new ExceptionTriage(policies, handoffs, kpis, teams, people, calendars, holidays);
  }

  /** The triage of an accord that says nothing: every exception to revops, around the clock. */
  public static ExceptionTriage withoutAccord() {
    return of(
        List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), PublicHolidays.none());
  }

  /** The owner, severity and due date of the exception, raised when its event occurred. */
  public Triage assess(ExceptionCase exception) {
    ExceptionPolicy policy =
        Optional.ofNullable(policies.get(exception.type()))
            .orElseGet(() -> ExceptionPolicy.byDefault(exception.type(), defaultOwner(exception)));
    return new Triage(
        policy.owner(),
        policy.severity(),
        dueAt(exception.occurredAt(), policy.sla(), policy.owner()));
  }

  /** When an SLA started at the instant falls due on the owner's calendar. */
  public Instant dueAt(Instant raisedAt, BusinessDuration sla, String owner) {
    return calendarOf(owner)
        .map(calendar -> clock(calendar).dueAt(raisedAt, sla))
        .orElseGet(() -> raisedAt.plus(aroundTheClock(sla)));
  }

  private String defaultOwner(ExceptionCase exception) {
    return switch (exception) {
      case ExceptionCase.InvalidTransition move -> handoffOwner(move.to(), move.from());
      case ExceptionCase.MissingReasonCode move -> handoffOwner(move.to(), move.from());
      case ExceptionCase.MissingRequiredField missing ->
          handoffOwner(missing.stage(), missing.stage());
      case ExceptionCase.EntryCriteriaNotMet unmet -> handoffOwner(unmet.stage(), unmet.stage());
      case ExceptionCase.ReportingDispute dispute ->
          kpis.stream()
              .filter(kpi -> kpi.id().equals(dispute.kpiId()) && !kpi.owner().isBlank())
              .map(Kpi::owner)
              .findFirst()
              .orElse(revops);
      case ExceptionCase.SlaBreach breach ->
          handoff(handoff -> handoff.id().equals(breach.handoffId()))
              .map(Handoff::owner)
              .orElse(revops);
      case ExceptionCase.OutOfOrderEvent late -> revops;
      case ExceptionCase.DataQualityFinding finding -> revops;
      case ExceptionCase.RoutingFailure failure -> revops;
      case ExceptionCase.SuspectedDuplicate suspicion -> revops;
    };
  }

  /** The owner of the handoff into the one stage, or else out of the other, or else revops. */
  private String handoffOwner(String into, String outOf) {
    return handoff(handoff -> handoff.to().equals(into))
        .or(() -> handoff(handoff -> handoff.from().equals(outOf)))
        .map(Handoff::owner)
        .orElse(revops);
  }

  private Optional<Handoff> handoff(Predicate<Handoff> test) {
    return handoffs.stream().filter(test).filter(h -> !h.owner().isBlank()).findFirst();
  }

  private Optional<BusinessCalendar> calendarOf(String owner) {
    Optional<String> calendarId =
        teams.stream()
            .filter(team -> team.id().equals(owner))
            .findFirst()
            .flatMap(Team::calendar)
            .or(() -> personalCalendar(owner));
    return calendarId
        .flatMap(id -> calendars.stream().filter(calendar -> calendar.id().equals(id)).findFirst())
        .or(() -> calendars.stream().findFirst());
  }

  private Optional<String> personalCalendar(String personId) {
    return people.stream()
        .filter(person -> person.id().equals(personId))
        .flatMap(person -> person.teams().stream())
        .flatMap(teamId -> teams.stream().filter(team -> team.id().equals(teamId)))
        .flatMap(team -> team.calendar().stream())
        .findFirst();
  }

  private BusinessClock clock(BusinessCalendar calendar) {
    return clocks.computeIfAbsent(calendar.id(), id -> new BusinessClock(calendar, holidays));
  }

  private static Duration aroundTheClock(BusinessDuration sla) {
    return switch (sla.unit()) {
      case MINUTES -> Duration.ofMinutes(sla.amount());
      case HOURS -> Duration.ofHours(sla.amount());
      case DAYS -> Duration.ofDays(sla.amount());
    };
  }
}
