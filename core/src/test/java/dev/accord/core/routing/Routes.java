package dev.accord.core.routing;

import dev.accord.core.calendar.BusinessCalendar;
import dev.accord.core.calendar.PublicHolidays;
import dev.accord.core.field.Condition;
import dev.accord.core.field.FieldDefinition;
import dev.accord.core.field.FieldType;
import dev.accord.core.field.Operator;
import dev.accord.core.lifecycle.ObjectType;
import dev.accord.core.lifecycle.Pipeline;
import dev.accord.core.lifecycle.RecordState;
import dev.accord.core.lifecycle.Stage;
import dev.accord.core.team.Department;
import dev.accord.core.team.Person;
import dev.accord.core.team.Role;
import dev.accord.core.team.Roster;
import dev.accord.core.team.Team;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * The pieces of an accord the routing tests route with: leads entering {@code mql}, an SDR team on
 * New York hours, a London SDR, and a RevOps queue. Monday 2 March 2026 at 15:00 UTC is 10:00 in
 * New York and 15:00 in London, when everyone is at work.
 */
final class Routes {

  static final Instant MONDAY_MORNING = Instant.parse("2026-03-02T15:00:00Z");

  static final BusinessCalendar US_EAST =
      new BusinessCalendar(
          "us_east",
          ZoneId.of("America/New_York"),
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

  static final List<Team> TEAMS =
      List.of(
          new Team("sdr", "SDRs", Department.SALES, Optional.empty(), Optional.of("us_east")),
          new Team("revops", "RevOps", Department.REVOPS, Optional.empty(), Optional.empty()));

  static final ObjectType LEAD =
      new ObjectType(
          "lead",
          "Lead",
          List.of(
              field("email", FieldType.EMAIL, List.of()),
              field("company", FieldType.STRING, List.of()),
              field("country", FieldType.STRING, List.of("Select")),
              field("employees", FieldType.NUMBER, List.of())),
          List.of(
              new Pipeline("inbound", "Inbound", List.of(stage("lead"), stage("mql")), List.of())));

  private Routes() {}

  static Person person(String id, String team) {
    return new Person(
        id,
        id,
        Optional.empty(),
        List.of(team),
        List.of(Role.MEMBER),
        Optional.empty(),
        OptionalInt.empty(),
        1,
        true);
  }

  static Person inZone(Person person, String zone) {
    return new Person(
        person.id(),
        person.name(),
        person.email(),
        person.teams(),
        person.roles(),
        Optional.of(ZoneId.of(zone)),
        person.capacity(),
        person.weight(),
        person.active());
  }

  static Person withCapacity(Person person, int capacity) {
    return new Person(
        person.id(),
        person.name(),
        person.email(),
        person.teams(),
        person.roles(),
        person.timeZone(),
        OptionalInt.of(capacity),
        person.weight(),
        person.active());
  }

  static Person weighing(Person person, int weight) {
    return new Person(
        person.id(),
        person.name(),
        person.email(),
        person.teams(),
        person.roles(),
        person.timeZone(),
        person.capacity(),
        weight,
        person.active());
  }

  static Person inactive(Person person) {
    return new Person(
        person.id(),
        person.name(),
        person.email(),
        person.teams(),
        person.roles(),
        person.timeZone(),
        person.capacity(),
        person.weight(),
        false);
  }

  static RoutingTable table(List<Person> people, Optional<String> fallback, RoutingRule... rules) {
    return RoutingTable.of(
        new Routing(List.of("mql"), List.of(rules), fallback),
        new Roster(TEAMS, people),
        List.of(US_EAST),
        PublicHolidays.none(),
        List.of(LEAD),
        List.of("N/A"));
  }

  static RoutingRule rule(String id, RoutingStrategy strategy, Condition... when) {
    return new RoutingRule(id, List.of(when), strategy);
  }

  static RoutingStrategy.RoundRobin roundRobin(String team, SkipReason... skip) {
    return new RoutingStrategy.RoundRobin(
        team, skip.length == 0 ? List.of(SkipReason.values()) : List.of(skip));
  }

  static Condition condition(String field, Operator operator, String... values) {
    return new Condition(field, operator, List.of(values));
  }

  /** A lead that has just entered {@code mql} with the fields given as pairs of id and value. */
  static RecordState lead(String id, String... fieldsAndValues) {
    TreeMap<String, String> fields = new TreeMap<>();
    for (int i = 0; i + 1 < fieldsAndValues.length; i += 2) {
      fields.put(fieldsAndValues[i], fieldsAndValues[i + 1]);
    }
    return lead(id, fields);
  }

  static RecordState lead(String id, Map<String, String> fields) {
    return new RecordState(
        id,
        "lead",
        "inbound",
        "mql",
        new TreeMap<>(fields),
        Optional.empty(),
        new TreeMap<>(),
        List.of(),
        List.of(),
        MONDAY_MORNING,
        Optional.empty(),
        MONDAY_MORNING,
        2);
  }

  private static FieldDefinition field(String id, FieldType type, List<String> sentinels) {
    return new FieldDefinition(id, id, type, List.of(), sentinels, List.of());
  }

  private static Stage stage(String id) {
    return new Stage(id, id, "", List.of(), id.equals("lead"), false);
  }
}
