package dev.accord.core.routing;

import dev.accord.core.calendar.BusinessCalendar;
import dev.accord.core.calendar.BusinessClock;
import dev.accord.core.calendar.PublicHolidays;
import dev.accord.core.team.Person;
import dev.accord.core.team.Team;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * When each member of a team is at work, for round-robin's {@code outside_hours}: the days, hours
 * and holidays of the team's calendar, read in the person's own time zone when they have one (a
 * London rep in a New York team works nine to five in London). A person with a time zone in a team
 * without a calendar works nine to five on weekdays in their zone; with neither, routing cannot
 * tell their hours and never passes them over for it.
 */
final class WorkingHours {

  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");
  private static final List<DayOfWeek> WEEKDAYS =
      List.of(
          DayOfWeek.MONDAY,
          DayOfWeek.TUESDAY,
          DayOfWeek.WEDNESDAY,
          DayOfWeek.THURSDAY,
          DayOfWeek.FRIDAY);

  private record Hours(BusinessClock clock, ZoneId zone) {}

  private final Map<String, Hours> byMember;

  private WorkingHours(Map<String, Hours> byMember) {
    this.byMember = Map.copyOf(byMember);
  }

  static WorkingHours of(
      List<Team> teams,
      List<Person> people,
      List<BusinessCalendar> calendars,
      PublicHolidays holidays) {
    Map<String, BusinessCalendar> calendarById = new HashMap<>();
    calendars.forEach(calendar -> calendarById.putIfAbsent(calendar.id(), calendar));
    Map<String, Hours> byMember = new HashMap<>();
    for (Team team : teams) {
      Optional<BusinessCalendar> teamCalendar = team.calendar().map(calendarById::get);
      for (Person person : people) {
        if (person.belongsTo(team.id())) {
          calendarOf(team, person, teamCalendar)
              .filter(WorkingHours::isWorkable)
              .ifPresent(calendar ->
                  byMember.putIfAbsent(
                      key(team.id(), person.id()),
                      new Hours(new BusinessClock(calendar, holidays), calendar.timeZone())));
        }
      }
    }
    return new WorkingHours(byMember);
  }

  /**
   * Why the person is not at work for the team at the instant — their zone and local time, such as
   * {@code Europe/London, 19:05} — or empty when they are, or their hours are unknown.
   */
  Optional<String> outside(String team, String person, Instant at) {
    Hours hours = byMember.get(key(team, person));
    if (hours == null || hours.clock().isOpen(at)) {
      return Optional.empty();
    }
    return Optional.of(hours.zone().getId() + ", " + CLOCK.format(at.atZone(hours.zone())));
  }

  private static Optional<BusinessCalendar> calendarOf(
      Team team, Person person, Optional<BusinessCalendar> teamCalendar) {
    if (teamCalendar.isPresent()) {
      BusinessCalendar calendar = teamCalendar.get();
      ZoneId zone = person.timeZone().orElse(calendar.timeZone());
      return Optional.of(
          new BusinessCalendar(
              calendar.id(),
              zone,
              calendar.workingDays(),
              calendar.opens(),
              calendar.closes(),
              calendar.holidayCountry(),
              calendar.holidays()));
    }
    return person
        .timeZone()
        .map(zone ->
            new BusinessCalendar(
                team.id(),
                zone,
                WEEKDAYS,
                LocalTime.of(9, 0),
                LocalTime.of(17, 0),
                Optional.empty(),
                List.of()));
  }

  /** An unvalidated calendar the clock cannot run on leaves the hours unknown. */
  private static boolean isWorkable(BusinessCalendar calendar) {
    return !calendar.workingDays().isEmpty() && calendar.opens().isBefore(calendar.closes());
  }

  private static String key(String team, String person) {
    return team + "\u0000" + person;
  }
}
