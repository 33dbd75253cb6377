package dev.accord.core.team;

import static dev.accord.core.shared.KnownIds.quote;

import dev.accord.core.shared.Declaration;
import dev.accord.core.shared.KnownIds;
import dev.accord.core.shared.Problem;
import dev.accord.core.shared.SourcePath;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks on the people: each declared once under an id no team has (a decision right names a
 * party by id alone, so the two must not clash), in at least one known team, with a sensible
 * routing weight and capacity.
 */
public final class PersonChecks {

  private static final SourcePath PEOPLE = SourcePath.root().key("people");

  private PersonChecks() {}

  public static List<Problem> check(Roster roster) {
    List<Person> people = roster.people();
    List<Problem> problems =
        new ArrayList<>(
            Declaration.problemsAmong("person", Declaration.of(people, Person::id, PEOPLE)));
    KnownIds teams = roster.teamIds();
    for (int i = 0; i < people.size(); i++) {
      Person person = people.get(i);
      SourcePath at = PEOPLE.index(i);
      String name = quote(person.id());
      if (teams.contains(person.id())) {
        problems.add(
            Problem.error(
                at.key("id"),
                name + " is both a team id and a person id",
                "rename the person or the team: parties are named by id alone"));
      }
      if (person.teams().isEmpty()) {
        problems.add(
            Problem.error(
                at.key("teams"),
                "person " + name + " belongs to no team",
                "list the person's teams under `teams`; " + teams.hintFor("")));
      }
      for (int j = 0; j < person.teams().size(); j++) {
        String team = person.teams().get(j);
        teams
            .unknown(
                team,
                at.key("teams").index(j),
                "person " + name + " belongs to unknown team " + quote(team))
            .ifPresent(problems::add);
      }
      if (person.weight() < 1) {
        problems.add(
            Problem.error(
                at.key("weight"),
                "person " + name + " has a routing weight of " + person.weight(),
                "give a weight of 1 or more; set `active: false` to take the person out of rotation"));
      }
      if (person.capacity().isPresent() && person.capacity().getAsInt() < 0) {
        problems.add(
            Problem.error(
                at.key("capacity"),
                "person " + name + " has a negative capacity of " + person.capacity().getAsInt(),
                "give a capacity of zero or more, or leave it out for no limit"));
      }
    }
    return problems;
  }
}
