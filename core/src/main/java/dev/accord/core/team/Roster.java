package dev.accord.core.team;

import dev.accord.core.shared.KnownIds;
import dev.accord.core.shared.Values;
import java.util.List;

/**
 * The teams and people an accord declares, as the rest of the accord sees them: who may own a
 * handoff, take a routed record, be told of an escalation or hold a decision right.
 */
public record Roster(List<Team> teams, List<Person> people) {

  public Roster {
    teams = Values.list(teams);
    people = Values.list(people);
  }

  public KnownIds teamIds() {
    return KnownIds.of("team", teams.stream().map(Team::id).toList());
  }

  public KnownIds personIds() {
    return KnownIds.of("person", people.stream().map(Person::id).toList());
  }

  /** Teams and people together: a party to a decision or a recipient may be either. */
  public KnownIds partyIds() {
    return teamIds().and(personIds(), "team or person");
  }

  /** Whether someone in the team currently takes work. */
  public boolean hasActiveMember(String teamId) {
    return people.stream().anyMatch(person -> person.active() && person.belongsTo(teamId));
  }
}
