package dev.accord.core.accord.internal.diff;

import static dev.accord.core.accord.ChangeArea.PERSON;
import static dev.accord.core.accord.internal.Wording.named;

import dev.accord.core.accord.Accord;
import dev.accord.core.accord.AccordChange;
import dev.accord.core.accord.internal.Wording;
import dev.accord.core.team.Person;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;

/** The people who own records: their teams, roles, working place, capacity and availability. */
public final class PersonDiff {

  private PersonDiff() {}

  public static List<AccordChange> between(Accord before, Accord after) {
    ChangeList changes = new ChangeList();
    Counterparts.walk(
        before.people(),
        after.people(),
        Person::id,
        gone ->
            about(changes, gone)
                .removed(
                    Wording.nameOr(gone.name(), gone.id()),
                    "Person " + named(gone.id(), gone.name()) + " was removed."),
        fresh ->
            about(changes, fresh)
                .added(
                    Wording.nameOr(fresh.name(), fresh.id()),
                    "Person "
                        + named(fresh.id(), fresh.name())
                        + " was added to "
                        + teams(fresh.teams())
                        + "."),
        (was, now) -> kept(about(changes, now), was, now));
    return changes.toList();
  }

  private static ChangeList.Subject about(ChangeList changes, Person person) {
    return changes.about(PERSON, "person " + person.id());
  }

  private static String teams(List<String> teams) {
    return (teams.size() == 1 ? "team " : "teams ") + Wording.list(teams);
  }

  private static void kept(ChangeList.Subject person, Person before, Person after) {
    String thing = "Person `" + after.id() + "`";
    person.ifRenamed(before.name(), after.name(), thing);
    person.ifChangedOptional(
        before.email(),
        after.email(),
        email -> email,
        thing + " is now reached at ",
        thing + " no longer has an email address.");
    if (!new HashSet<>(before.teams()).equals(new HashSet<>(after.teams()))) {
      person.changed(
          String.join(", ", before.teams()),
          String.join(", ", after.teams()),
          thing
              + " now belongs to "
              + teams(after.teams())
              + " (was "
              + teams(before.teams())
              + ").");
    }
    if (!new HashSet<>(before.roles()).equals(new HashSet<>(after.roles()))) {
      String was = String.join(", ", before.roles().stream().map(Wording::key).toList());
      String now = String.join(", ", after.roles().stream().map(Wording::key).toList());
      person.changed(was, now, thing + " now has the roles " + now + " (was " + was + ").");
    }
    person.ifChangedOptional(
        before.timeZone(),
        after.timeZone(),
        ZoneId::getId,
        thing + " now works in the time zone ",
        thing + " no longer has a time zone of their own.");
    if (!before.capacity().equals(after.capacity())) {
      String was = capacity(before.capacity());
      String now = capacity(after.capacity());
      person.changed(
          was,
          now,
          after.capacity().isEmpty()
              ? thing + " no longer has a limit on open records (was " + was + ")."
              : thing + " may now hold " + now + " open records at once (was " + was + ").");
    }
    person.ifChanged(
        before.weight(),
        after.weight(),
        String::valueOf,
        (was, now) ->
            "The round-robin weight of `"
                + after.id()
                + "` changed from "
                + was
                + " to "
                + now
                + ".");
    person.ifChanged(
        before.active(),
        after.active(),
        active -> active ? "active" : "inactive",
        (was, now) ->
            after.active()
                ? thing + " is active again and takes new work."
                : thing + " is now inactive and takes no new work.");
  }

  private static String capacity(OptionalInt capacity) {
    return capacity.isPresent() ? String.valueOf(capacity.getAsInt()) : "no limit";
  }
}
