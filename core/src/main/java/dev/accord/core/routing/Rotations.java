package dev.accord.core.routing;

import dev.accord.core.team.Person;
import dev.accord.core.team.Team;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The round-robin of every team: whose turn it is, and who cannot take a record now and why. A turn
 * starts where the context says the last one ended and walks the rotation once; each person passed
 * over is named once with the reason, and the first who can take the record does. Someone passed
 * over loses that turn rather than saving it up, so coming back from holiday does not bring a
 * flood.
 */
final class Rotations {

  /** The outcome of one turn: who took it, who was passed over and why, and the context after. */
  record Turn(Optional<String> person, List<String> passedOver, RoutingContext context) {}

  /** Someone who no longer takes work is named as such, not as merely away or busy. */
  private static final List<SkipReason> CHECKED_IN_ORDER =
      List.of(
          SkipReason.INACTIVE,
          SkipReason.OUT_OF_OFFICE,
          SkipReason.OUTSIDE_HOURS,
          SkipReason.AT_CAPACITY);

  private final Map<String, Person> people;
  private final Map<String, Rotation> rotations;
  private final WorkingHours hours;

  private Rotations(
      Map<String, Person> people, Map<String, Rotation> rotations, WorkingHours hours) {
    this.people = people;
    this.rotations = rotations;
    this.hours = hours;
  }

  static Rotations of(List<Team> teams, List<Person> people, WorkingHours hours) {
    Map<String, Person> byId = new HashMap<>();
    people.forEach(person -> byId.putIfAbsent(person.id(), person));
    Map<String, Rotation> rotations = new HashMap<>();
    for (Team team : teams) {
      List<Person> members = people.stream().filter(p -> p.belongsTo(team.id())).toList();
      rotations.putIfAbsent(team.id(), Rotation.of(team.id(), members));
    }
    return new Rotations(Map.copyOf(byId), Map.copyOf(rotations), hours);
  }

  boolean isTeam(String id) {
    return rotations.containsKey(id);
  }

  /** The next person in the team who can take a record, passing over those the skips name. */
  Turn take(String team, List<SkipReason> skip, Instant at, RoutingContext context) {
    List<String> turns =
        Optional.ofNullable(rotations.get(team)).map(Rotation::turns).orElse(List.of());
    List<String> passedOver = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int start = turns.isEmpty() ? 0 : Math.floorMod(context.turnIn(team), turns.size());
    for (int step = 0; step < turns.size(); step++) {
      int position = (start + step) % turns.size();
      String person = turns.get(position);
      if (!seen.add(person)) {
        continue;
      }
      Optional<String> reason = unavailable(person, team, skip, at, context);
      if (reason.isEmpty()) {
        return new Turn(
            Optional.of(person), passedOver, context.withTurn(team, (position + 1) % turns.size()));
      }
      passedOver.add(person + ": " + reason.get());
    }
    return new Turn(Optional.empty(), passedOver, context);
  }

  /**
   * Why a person a rule names outright cannot take the record: only when they are unknown or no
   * longer take work. A named owner is the accord's deliberate choice, so hours and load do not
   * overrule it.
   */
  Optional<String> unavailableByName(String personId) {
    Person person = people.get(personId);
    if (person == null) {
      return Optional.of("not a person of the accord");
    }
    return person.active() ? Optional.empty() : Optional.of("inactive");
  }

  private Optional<String> unavailable(
      String personId, String team, List<SkipReason> skip, Instant at, RoutingContext context) {
    Person person = people.get(personId);
    for (SkipReason reason : CHECKED_IN_ORDER) {
      if (!skip.contains(reason)) {
        continue;
      }
      Optional<String> why =
          switch (reason) {
            case INACTIVE -> person.active() ? Optional.empty() : Optional.of("inactive");
            case OUT_OF_OFFICE ->
                context.isAway(personId, at) ? Optional.of("out of office") : Optional.empty();
            case OUTSIDE_HOURS ->
                hours
                    .outside(team, personId, at)
                    .map(where -> "outside working hours (" + where + ")");
            case AT_CAPACITY -> atCapacity(person, context);
          };
      if (why.isPresent()) {
        return why;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> atCapacity(Person person, RoutingContext context) {
    if (person.capacity().isEmpty()) {
      return Optional.empty();
    }
    int capacity = person.capacity().getAsInt();
    int open = context.openRecordsOf(person.id());
    return open >= capacity
        ? Optional.of("at capacity " + open + "/" + capacity)
        : Optional.empty();
  }
}
