package dev.accord.core.governance;

import static dev.accord.core.shared.KnownIds.quote;

import dev.accord.core.shared.Declaration;
import dev.accord.core.shared.KnownIds;
import dev.accord.core.shared.Problem;
import dev.accord.core.shared.SourcePath;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks on shared goals: each declared once, measured by a known KPI, broken down into what
 * known teams contribute through known KPIs, and asking for some change from where things stand.
 */
public final class GoalChecks {

  private static final SourcePath GOALS = SourcePath.root().key("goals");

  private GoalChecks() {}

  public static List<Problem> check(List<Goal> goals, KnownIds kpis, KnownIds teams) {
    List<Problem> problems =
        new ArrayList<>(Declaration.problemsAmong("goal", Declaration.of(goals, Goal::id, GOALS)));
    for (int i = 0; i < goals.size(); i++) {
      Goal goal = goals.get(i);
      SourcePath at = GOALS.index(i);
      String name = "goal " + quote(goal.id());
      kpis.unknown(
              goal.kpi(), at.key("kpi"), name + " is measured by unknown KPI " + quote(goal.kpi()))
          .ifPresent(problems::add);
      if (goal.contributions().isEmpty()) {
        problems.add(
            Problem.warning(
                at.key("contributions"),
                name + " has no contributions",
                "say what each team commits to under `contributions`"));
      }
      for (int c = 0; c < goal.contributions().size(); c++) {
        Contribution contribution = goal.contributions().get(c);
        SourcePath part = at.key("contributions").index(c);
        teams
            .unknown(
                contribution.team(),
                part.key("team"),
                name + " counts on unknown team " + quote(contribution.team()))
            .ifPresent(problems::add);
        kpis.unknown(
                contribution.kpi(),
                part.key("kpi"),
                name + " counts on unknown KPI " + quote(contribution.kpi()))
            .ifPresent(problems::add);
      }
      goal.baseline()
          .filter(baseline -> baseline.compareTo(goal.target()) == 0)
          .map(baseline ->
              Problem.warning(
                  at.key("baseline"),
                  name + " aims at " + baseline.toPlainString() + ", where it already stands",
                  "set a target that differs from the baseline"))
          .ifPresent(problems::add);
    }
    return problems;
  }
}
