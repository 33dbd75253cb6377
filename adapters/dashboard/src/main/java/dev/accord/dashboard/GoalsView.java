package dev.accord.dashboard;

import dev.accord.core.governance.Contribution;
import dev.accord.core.governance.Goal;
import dev.accord.core.scorecard.Kpi;
import dev.accord.core.scorecard.Metric;
import dev.accord.core.scorecard.Scorecard;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The shared goals: each goal's KPI now against its baseline and target, with the share of the way
 * covered, and what each team contributes, with its KPI's value and status now.
 */
record GoalsView(Layout layout, List<GoalLine> goals) {

  record GoalLine(
      String id,
      String name,
      String kpi,
      String baseline,
      String target,
      String due,
      String current,
      Optional<Integer> progress,
      String progressText,
      List<ContributionLine> contributions) {}

  record ContributionLine(
      String team, String kpi, String commitment, String current, Badge badge) {}

  static GoalsView of(Frame frame, Scorecard scorecard) {
    Names names = new Names(frame.accord());
    List<GoalLine> goals = new ArrayList<>();
    for (Goal goal : frame.accord().goals()) {
      String unit = unit(frame, goal.kpi());
      OptionalDouble now =
          scorecard.metric(goal.kpi()).map(Metric::value).orElse(OptionalDouble.empty());
      Optional<Integer> progress = Optional.empty();
      String progressText = "No value yet";
      if (now.isPresent() && goal.baseline().isPresent()) {
        double base = goal.baseline().get().doubleValue();
        double span = goal.target().doubleValue() - base;
        if (span != 0) {
          double share = (now.getAsDouble() - base) / span;
          int percent = (int) Math.round(Math.max(0, Math.min(1, share)) * 100);
          progress = Optional.of(percent);
          progressText = Figures.percent(share) + " of the way from the baseline to the target";
        }
      } else if (now.isPresent()) {
        progressText = "No baseline to measure progress from";
      }
      List<ContributionLine> contributions = new ArrayList<>();
      for (Contribution contribution : goal.contributions()) {
        String cUnit = unit(frame, contribution.kpi());
        Optional<Metric> metric = scorecard.metric(contribution.kpi());
        contributions.add(
            new ContributionLine(
                names.owner(contribution.team()),
                names.kpi(contribution.kpi()),
                Figures.format(contribution.target(), cUnit),
                metric
                    .filter(m -> m.value().isPresent())
                    .map(m -> Figures.format(m.value().getAsDouble(), cUnit))
                    .orElse("No data"),
                metric.map(Badge::of).orElse(Badge.of(Optional.empty()))));
      }
      goals.add(
          new GoalLine(
              goal.id(),
              goal.name(),
              names.kpi(goal.kpi()),
              goal.baseline().map(b -> Figures.format(b, unit)).orElse("–"),
              Figures.format(goal.target(), unit),
              goal.due().toString(),
              now.isPresent() ? Figures.format(now.getAsDouble(), unit) : "No data",
              progress,
              progressText,
              contributions));
    }
    return new GoalsView(
        Layout.of(
            frame, Section.GOALS, "Goals", ScorecardView.subtitle(scorecard), java.util.Map.of()),
        goals);
  }

  private static String unit(Frame frame, String kpiId) {
    return frame.accord().kpi(kpiId).map(Kpi::unit).orElse("");
  }
}
