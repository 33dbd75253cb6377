package dev.accord.yaml;

import static dev.accord.yaml.YamlWriterScalars.word;
import static dev.accord.yaml.YamlWriterScalars.words;

import dev.accord.core.calendar.BusinessCalendar;
import dev.accord.core.team.Person;
import dev.accord.core.team.Team;
import java.time.ZoneId;
import java.util.Map;

/** Writes who works in the accord and when: its teams, people and business calendars. */
final class YamlTeamWriter {

  private YamlTeamWriter() {}

  static Map<String, Object> team(Team team) {
    return new YamlWriterMapping()
        .put("id", team.id())
        .put("name", team.name())
        .put("department", word(team.department()))
        .putIfPresent("manager", team.manager())
        .putIfPresent("calendar", team.calendar())
        .toMap();
  }

  static Map<String, Object> person(Person person) {
    return new YamlWriterMapping()
        .put("id", person.id())
        .put("name", person.name())
        .putIfPresent("email", person.email())
        .put("teams", person.teams())
        .put("roles", words(person.roles()))
        .putIfPresent("time_zone", person.timeZone().map(ZoneId::getId))
        .putIfPresent("capacity", person.capacity().stream().boxed().findFirst())
        .put("weight", person.weight())
        .put("active", person.active())
        .toMap();
  }

  /** The working hours as one value, {@code "09:00-17:00"}. */
  static Map<String, Object> calendar(BusinessCalendar calendar) {
    return new YamlWriterMapping()
        .put("id", calendar.id())
        .put("time_zone", calendar.timeZone().getId())
        .put("working_days", words(calendar.workingDays()))
        .put("hours", calendar.opens() + "-" + calendar.closes())
        .putIfPresent("holiday_country", calendar.holidayCountry())
        .putUnlessEmpty("holidays", calendar.holidays())
        .toMap();
  }
}
