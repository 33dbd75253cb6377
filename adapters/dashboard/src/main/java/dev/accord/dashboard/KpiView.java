package dev.accord.dashboard;

import dev.accord.core.scorecard.Metric;
import dev.accord.core.scorecard.Scorecard;
import java.util.LinkedHashMap;
import java.util.Map;

/** One KPI's page: its value and status, and its breakdown by every dimension. */
record KpiView(Layout layout, String description, String target, Breakdowns breakdowns) {

  static KpiView of(Frame frame, Scorecard scorecard, Metric metric) {
    Map<String, Object> charts = new LinkedHashMap<>();
    Breakdowns breakdowns = Breakdowns.of(metric, new Names(frame.accord()), charts);
    return new KpiView(
        Layout.of(
            frame,
            Section.SCORECARD,
            metric.kpi().displayName() + " by dimension",
            ScorecardView.subtitle(scorecard),
            charts),
        metric.kpi().description(),
        metric
            .kpi()
            .target()
            .map(target -> ScorecardView.target(target, metric.kpi().unit()))
            .orElse("No target"),
        breakdowns);
  }
}
