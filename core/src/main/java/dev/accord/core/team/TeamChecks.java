package dev.accord.core.team;

import static dev.accord.core.shared.KnownIds.quote;

import dev.accord.core.shared.Declaration;
import dev.accord.core.shared.KnownIds;
import dev.accord.core.shared.Problem;
import dev.accord.core.shared.SourcePath;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks on the teams: each declared once, managed by a known person, working to a known
 * calendar, and with someone in it.
 */
public final class TeamChecks {

  private static final SourcePath TEAMS = SourcePath.root().key("teams");

  private TeamChecks() {}

  /** The problems of the roster's teams, given the calendars the accord declares. */
  public static List<Problem> check(Roster roster, KnownIds calendars) {
    List<Team> teams = roster.teams();
    List<Problem> problems =
        new ArrayList<>(Declaration.problemsAmong("team", Declaration.of(teams, Team::id, TEAMS)));
    KnownIds people = roster.personIds();
    for (int i = 0; i < teams.size(); i++) {
      Team team = teams.get(i);
      SourcePath at = TEAMS.index(i);
      String name = quote(team.id());
      team.manager()
          .flatMap(manager ->
              people.unknown(
                  manager,
                  at.key("manager"),
                  "team " + name + " is managed by unknown person " + quote(manager)))
          .ifPresent(problems::add);
      team.calendar()
          .flatMap(calendar ->
              calendars.unknown(
                  calendar,
                  at.key("calendar"),
                  "team " + name + " works to unknown calendar " + quote(calendar)))
          .ifPresent(problems::add);
      if (roster.people().stream().noneMatch(person -> person.belongsTo(team.id()))) {
        problems.add(
            Problem.warning(
                at.key("id"),
                "team " + name + " has no members",
                "list " + name + " in the `teams` of the people who belong to it"));
      }
    }
    return problems;
  }
}
