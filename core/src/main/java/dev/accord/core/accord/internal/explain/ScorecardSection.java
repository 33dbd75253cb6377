package dev.accord.core.accord.internal.explain;

import static dev.accord.core.accord.internal.explain.LifecycleSection.title;

import dev.accord.core.accord.Accord;
import dev.accord.core.accord.internal.Clauses;
import dev.accord.core.accord.internal.Wording;
import dev.accord.core.scorecard.Kpi;

/** The one shared scorecard: each KPI, what it counts, who owns it and what it should reach. */
public final class ScorecardSection {

  private ScorecardSection() {}

  public static void write(Accord accord, Text text) {
    text.heading("Scorecard");
    if (accord.kpis().isEmpty()) {
      text.line(0, "No KPIs.");
    }
    for (Kpi kpi : accord.kpis()) {
      text.blank()
          .line(
              0,
              title(kpi.id(), kpi.name())
                  + ": "
                  + Wording.key(kpi.kind())
                  + ", owned by "
                  + kpi.owner())
          .line(1, "Computes: " + Clauses.formula(kpi.formula()) + unit(kpi));
      text.line(
          1,
          "Target: "
              + kpi.target()
                  .map(t -> Wording.number(t.value()) + " (" + Wording.thresholds(t) + ")")
                  .orElse("none"));
      if (!kpi.dimensions().isEmpty()) {
        text.line(1, "Broken down by: " + Wording.list(kpi.dimensions()));
      }
      if (!kpi.feeds().isEmpty()) {
        text.line(1, "Feeds: " + Wording.list(kpi.feeds()));
      }
    }
  }

  private static String unit(Kpi kpi) {
    return kpi.unit().isBlank() ? "" : " (" + kpi.unit() + ")";
  }
}
