package dev.accord.core.accord.internal.diff;

import static dev.accord.core.accord.ChangeArea.GOAL;
import static dev.accord.core.accord.internal.Wording.named;

import dev.accord.core.accord.Accord;
import dev.accord.core.accord.AccordChange;
import dev.accord.core.accord.internal.Wording;
import dev.accord.core.governance.Contribution;
import dev.accord.core.governance.Goal;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** The goals the departments share, and what each department commits to towards them. */
public final class GoalDiff {

  private GoalDiff() {}

  public static List<AccordChange> between(Accord before, Accord after) {
    ChangeList changes = new ChangeList();
    Counterparts.walk(
        before.goals(),
        after.goals(),
        Goal::id,
        gone ->
            about(changes, gone)
                .removed(
                    Wording.nameOr(gone.name(), gone.id()),
                    "Goal " + named(gone.id(), gone.name()) + " was removed."),
        fresh ->
            about(changes, fresh)
                .added(
                    Wording.nameOr(fresh.name(), fresh.id()),
                    "Goal "
                        + named(fresh.id(), fresh.name())
                        + " was added: "
                        + fresh.kpi()
                        + " to reach "
                        + Wording.number(fresh.target())
                        + " by "
                        + fresh.due()
                        + "."),
        (was, now) -> {
          kept(about(changes, now), was, now);
          contributions(changes, was, now);
        });
    return changes.toList();
  }

  private static ChangeList.Subject about(ChangeList changes, Goal goal) {
    return changes.about(GOAL, "goal " + goal.id());
  }

  private static void kept(ChangeList.Subject goal, Goal before, Goal after) {
    String thing = "Goal `" + after.id() + "`";
    goal.ifRenamed(before.name(), after.name(), thing);
    goal.ifChanged(
        before.kpi(),
        after.kpi(),
        kpi -> kpi,
        (was, now) -> thing + " is now measured by KPI `" + now + "` (was `" + was + "`).");
    goal.ifChangedOptional(
        number(before.baseline()),
        number(after.baseline()),
        baseline -> baseline,
        "The baseline of goal `" + after.id() + "` is now ",
        thing + " no longer has a baseline.");
    goal.ifChanged(
        Wording.number(before.target()),
        Wording.number(after.target()),
        target -> target,
        (was, now) ->
            "The target of goal `" + after.id() + "` changed from " + was + " to " + now + ".");
    goal.ifChanged(
        before.due(),
        after.due(),
        String::valueOf,
        (was, now) -> thing + " is now due on " + now + " (was " + was + ").");
  }

  private static Optional<String> number(Optional<BigDecimal> value) {
    return value.map(Wording::number);
  }

  private static void contributions(ChangeList changes, Goal before, Goal after) {
    String goal = " goal `" + after.id() + "`";
    Counterparts.walk(
        before.contributions(),
        after.contributions(),
        c -> c.team() + " " + c.kpi(),
        gone ->
            about(changes, after, gone)
                .removed(
                    Wording.number(gone.target()),
                    "`"
                        + gone.team()
                        + "` no longer contributes "
                        + gone.kpi()
                        + " to"
                        + goal
                        + "."),
        fresh ->
            about(changes, after, fresh)
                .added(
                    Wording.number(fresh.target()),
                    "`"
                        + fresh.team()
                        + "` now contributes "
                        + fresh.kpi()
                        + " at "
                        + Wording.number(fresh.target())
                        + " to"
                        + goal
                        + "."),
        (was, now) ->
            about(changes, after, now)
                .ifChanged(
                    Wording.number(was.target()),
                    Wording.number(now.target()),
                    target -> target,
                    (old, current) ->
                        "`"
                            + now.team()
                            + "` now commits to "
                            + now.kpi()
                            + " at "
                            + current
                            + " for"
                            + goal
                            + " (was "
                            + old
                            + ")."));
  }

  private static ChangeList.Subject about(
      ChangeList changes, Goal goal, Contribution contribution) {
    return changes.about(
        GOAL,
        "goal " + goal.id() + " contribution " + contribution.team() + " " + contribution.kpi());
  }
}
