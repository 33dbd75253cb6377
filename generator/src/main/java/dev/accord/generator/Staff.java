package dev.accord.generator;

import dev.accord.core.accord.Accord;
import dev.accord.core.calendar.BusinessCalendar;
import dev.accord.core.routing.RoutingStrategy;
import dev.accord.core.sla.Handoff;
import dev.accord.core.sla.SlaMeasure;
import dev.accord.core.sla.SlaStart;
import dev.accord.core.team.Department;
import dev.accord.core.team.Person;
import dev.accord.core.team.Team;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * The people who work generated records: who takes newly routed leads and who opens deals, how a
 * rep is picked (by weight, passing over people outside their working hours when a teammate is at
 * work), and when each of them is at work, on the calendar of their own time zone.
 */
final class Staff {

  /** The actor of moves no person makes: scoring, workflows, the router. */
  static final String AUTOMATION = "workflow";

  private static final List<DayOfWeek> WEEKDAYS =
      List.of(
          DayOfWeek.MONDAY,
          DayOfWeek.TUESDAY,
          DayOfWeek.WEDNESDAY,
          DayOfWeek.THURSDAY,
          DayOfWeek.FRIDAY);

  private final Map<String, List<Person>> members = new HashMap<>();
  private final Map<String, WorkingTime> hours = new HashMap<>();
  private final Optional<String> routedTeam;
  private final Optional<String> dealTeam;

  Staff(Accord accord, FunnelShape shape, Calendars working) {
    for (Team team : accord.teams()) {
      List<Person> active =
          accord.people().stream().filter(p -> p.active() && p.belongsTo(team.id())).toList();
      members.put(team.id(), active);
      hours.put(team.id(), working.of(teamCalendar(accord, team)));
    }
    for (Person person : accord.people()) {
      hours.put(person.id(), working.of(personCalendar(accord, person)));
    }
    this.routedTeam = routedTeam(accord, shape);
    this.dealTeam =
        accord.teams().stream()
            .filter(t -> t.department() == Department.SALES && !members.get(t.id()).isEmpty())
            .map(Team::id)
            .filter(id -> routedTeam.map(routed -> !routed.equals(id)).orElse(true))
            .findFirst()
            .or(() -> routedTeam);
  }

  Optional<String> routedTeam() {
    return routedTeam;
  }

  Optional<String> dealTeam() {
    return dealTeam;
  }

  /**
   * Who of the team takes a record at the instant: someone at work if anyone is, by weight; the
   * team itself, as a queue, when it has nobody.
   */
  String pick(String team, Instant at, SplittableRandom random) {
    List<Person> all = members.getOrDefault(team, List.of());
    if (all.isEmpty()) {
      return team;
    }
    List<Person> atWork = all.stream().filter(p -> hours.get(p.id()).isOpen(at)).toList();
    List<Person> pool = atWork.isEmpty() ? all : atWork;
    int total = pool.stream().mapToInt(p -> Math.max(1, p.weight())).sum();
    int ticket = random.nextInt(total);
    for (Person person : pool) {
      ticket -= Math.max(1, person.weight());
      if (ticket < 0) {
        return person.id();
      }
    }
    return pool.getLast().id();
  }

  /** When the owner next does something: now if at work, else some minutes after they start. */
  Instant atWork(String owner, Instant at, SplittableRandom random) {
    WorkingTime time = hours.get(owner);
    if (time == null || !time.everOpens() || time.isOpen(at)) {
      return at;
    }
    return time.nextOpen(at).plus(Duration.ofMinutes(random.nextInt(90)));
  }

  private Optional<String> routedTeam(Accord accord, FunnelShape shape) {
    Stream<String> touchOwners =
        accord.handoffs().stream()
            .filter(h -> shape.routedStages().contains(h.from()))
            .filter(h -> h.startsOn() == SlaStart.ASSIGNMENT || h.metBy() == SlaMeasure.FIRST_TOUCH)
            .map(Handoff::owner);
    Stream<String> roundRobin =
        accord.routing().rules().stream()
            .map(rule -> rule.strategy())
            .filter(RoutingStrategy.RoundRobin.class::isInstance)
            .map(s -> ((RoutingStrategy.RoundRobin) s).team());
    Stream<String> anyOwner =
        accord.handoffs().stream()
            .filter(h -> shape.leads().path().contains(h.from()))
            .map(Handoff::owner);
    Stream<String> anyTeam = accord.teams().stream().map(Team::id);
    return Stream.of(touchOwners, roundRobin, anyOwner, anyTeam)
        .flatMap(s -> s)
        .filter(team -> !members.getOrDefault(team, List.of()).isEmpty())
        .findFirst();
  }

  private static BusinessCalendar teamCalendar(Accord accord, Team team) {
    return team.calendar()
        .flatMap(id -> calendar(accord, id))
        .orElseGet(() -> officeHours(team.id(), ZoneOffset.UTC));
  }

  /** A person works the hours of a calendar in their zone, else their team's, else nine to five. */
  private static BusinessCalendar personCalendar(Accord accord, Person person) {
    Optional<BusinessCalendar> sameZone =
        person
            .timeZone()
            .flatMap(zone ->
                accord.calendars().stream()
                    .filter(c -> c.timeZone().normalized().equals(zone.normalized()))
                    .findFirst());
    Optional<BusinessCalendar> teams =
        person.teams().stream()
            .flatMap(id -> accord.team(id).stream())
            .flatMap(team -> team.calendar().stream())
            .flatMap(id -> calendar(accord, id).stream())
            .filter(c -> person.timeZone().isEmpty())
            .findFirst();
    return sameZone
        .or(() -> teams)
        .orElseGet(() -> officeHours(person.id(), person.timeZone().orElse(ZoneOffset.UTC)));
  }

  private static Optional<BusinessCalendar> calendar(Accord accord, String id) {
    return accord.calendars().stream().filter(c -> c.id().equals(id)).findFirst();
  }

  private static BusinessCalendar officeHours(String id, ZoneId zone) {
    return new BusinessCalendar(
        id, zone, WEEKDAYS, LocalTime.of(9, 0), LocalTime.of(17, 0), Optional.empty(), List.of());
  }
}
