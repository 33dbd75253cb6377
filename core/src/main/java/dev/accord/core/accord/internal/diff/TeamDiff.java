package dev.accord.core.accord.internal.diff;

import static dev.accord.core.accord.ChangeArea.TEAM;
import static dev.accord.core.accord.internal.Wording.named;

import dev.accord.core.accord.Accord;
import dev.accord.core.accord.AccordChange;
import dev.accord.core.accord.internal.Wording;
import dev.accord.core.team.Team;
import java.util.List;

/** The teams that own stages, handoffs and KPIs: their department, manager and calendar. */
public final class TeamDiff {

  private TeamDiff() {}

  public static List<AccordChange> between(Accord before, Accord after) {
    ChangeList changes = new ChangeList();
    Counterparts.walk(
        before.teams(),
        after.teams(),
        Team::id,
        gone ->
            about(changes, gone)
                .removed(Wording.nameOr(gone.name(), gone.id()), thing(gone) + " was removed."),
        fresh ->
            about(changes, fresh)
                .added(
                    Wording.nameOr(fresh.name(), fresh.id()),
                    thing(fresh) + " was added to " + Wording.words(fresh.department()) + "."),
        (was, now) -> kept(about(changes, now), was, now));
    return changes.toList();
  }

  private static ChangeList.Subject about(ChangeList changes, Team team) {
    return changes.about(TEAM, "team " + team.id());
  }

  private static String thing(Team team) {
    return "Team " + named(team.id(), team.name());
  }

  private static void kept(ChangeList.Subject team, Team before, Team after) {
    String thing = "Team `" + after.id() + "`";
    team.ifRenamed(before.name(), after.name(), thing);
    team.ifChanged(
        before.department(),
        after.department(),
        Wording::words,
        (was, now) -> thing + " now belongs to " + now + " (was " + was + ").");
    team.ifChangedReference(
        before.manager(),
        after.manager(),
        thing + " is now managed by ",
        thing + " no longer has a manager.");
    team.ifChangedReference(
        before.calendar(),
        after.calendar(),
        thing + " now works to calendar ",
        thing + " no longer has a calendar of its own.");
  }
}
