package dev.accord.yaml;

import static dev.accord.yaml.ValueFormats.DATE;
import static dev.accord.yaml.ValueFormats.FLAG;
import static dev.accord.yaml.ValueFormats.TEXT;
import static dev.accord.yaml.ValueFormats.choice;
import static dev.accord.yaml.ValueFormats.wholeNumber;

import dev.accord.core.calendar.BusinessCalendar;
import dev.accord.core.team.Department;
import dev.accord.core.team.Person;
import dev.accord.core.team.Role;
import dev.accord.core.team.Team;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalInt;

/** Reads who works to the accord and when: the teams, the people and the business calendars. */
final class TeamSection {

  private static final List<String> TEAM =
      List.of("id", "name", "department", "manager", "calendar");
  private static final List<String> PERSON =
      List.of("id", "name", "email", "teams", "roles", "time_zone", "capacity", "weight", "active");
  private static final List<String> CALENDAR =
      List.of("id", "time_zone", "working_days", "hours", "holiday_country", "holidays");

  private static final List<DayOfWeek> WEEKDAYS =
      List.of(
          DayOfWeek.MONDAY,
          DayOfWeek.TUESDAY,
          DayOfWeek.WEDNESDAY,
          DayOfWeek.THURSDAY,
          DayOfWeek.FRIDAY);

  /** Stands in for unreadable hours, so that the rest of the calendar can still be checked. */
  private static final TimeFormats.WorkingHours OFFICE_HOURS =
      new TimeFormats.WorkingHours(LocalTime.of(9, 0), LocalTime.of(17, 0));

  private TeamSection() {}

  static List<Team> teams(YamlMapping accord) {
    return accord.mappings("teams", "this team", TEAM).stream()
        .map(team ->
            new Team(
                team.required("id", TEXT, ""),
                team.get("name", TEXT, ""),
                team.required(
                    "department", choice(Department.class, "department"), Department.REVOPS),
                team.optional("manager", TEXT),
                team.optional("calendar", TEXT)))
        .toList();
  }

  static List<Person> people(YamlMapping accord) {
    return accord.mappings("people", "this person", PERSON).stream()
        .map(person ->
            new Person(
                person.required("id", TEXT, ""),
                person.get("name", TEXT, ""),
                person.optional("email", TEXT),
                person.list("teams", TEXT),
                person.list("roles", choice(Role.class, "role"), List.of(Role.MEMBER)),
                person.optional("time_zone", TimeFormats.ZONE),
                person
                    .optional("capacity", wholeNumber(0))
                    .map(OptionalInt::of)
                    .orElse(OptionalInt.empty()),
                person.get("weight", wholeNumber(1), 1),
                person.get("active", FLAG, true)))
        .toList();
  }

  static List<BusinessCalendar> calendars(YamlMapping accord) {
    return accord.mappings("calendars", "this calendar", CALENDAR).stream()
        .map(TeamSection::calendar)
        .toList();
  }

  private static BusinessCalendar calendar(YamlMapping calendar) {
    String id = calendar.required("id", TEXT, "");
    ZoneId zone = calendar.required("time_zone", TimeFormats.ZONE, ZoneOffset.UTC);
    List<DayOfWeek> days =
        calendar.list("working_days", choice(DayOfWeek.class, "day of the week"), WEEKDAYS);
    TimeFormats.WorkingHours hours =
        calendar.required("hours", TimeFormats.WORKING_HOURS, OFFICE_HOURS);
    return new BusinessCalendar(
        id,
        zone,
        days,
        hours.opens(),
        hours.closes(),
        calendar.optional("holiday_country", TEXT),
        calendar.list("holidays", DATE));
  }
}
