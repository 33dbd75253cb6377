package dev.accord.cli;

import dev.accord.core.scorecard.Metric;
import dev.accord.core.scorecard.Scorecard;
import dev.accord.core.scorecard.StoryLine;
import dev.accord.core.scorecard.Watermelon;
import java.io.PrintWriter;

/** The scorecard on a terminal: the KPIs in a table, then the watermelons and the story. */
final class ScorecardTable {

  private ScorecardTable() {}

  static void print(PrintWriter out, Scorecard scorecard) {
    out.println(heading(scorecard));
    out.println();
    String row = "%-28s %-9s %-8s %14s %14s %-7s %14s %s%n";
    out.printf(row, "KPI", "KIND", "OWNER", "VALUE", "TARGET", "STATUS", "PREVIOUS", "TREND");
    for (Metric metric : scorecard.metrics()) {
      String unit = metric.kpi().unit();
      out.printf(
          row,
          metric.id(),
          metric.kpi().kind().name().toLowerCase(java.util.Locale.ROOT),
          metric.kpi().owner(),
          ScorecardFigures.value(metric.value(), unit),
          ScorecardFigures.target(metric),
          ScorecardFigures.status(metric),
          ScorecardFigures.value(metric.previous(), unit),
          ScorecardFigures.trend(metric));
    }
    if (!scorecard.watermelons().isEmpty()) {
      out.println();
      out.println("Watermelons:");
      for (Watermelon watermelon : scorecard.watermelons()) {
        out.println("  - " + watermelon.explanation());
      }
    }
    if (!scorecard.story().isEmpty()) {
      out.println();
      out.println("The story of the numbers:");
      for (StoryLine line : scorecard.story()) {
        out.println("  - " + line.text());
      }
    }
    out.println();
    out.println("Breakdowns: --md or --json; one dimension: --by DIM.");
  }

  /** "Scorecard for 2026-11 (2026-11-01T00:00:00Z to 2026-12-01T00:00:00Z), as of ..., v3". */
  static String heading(Scorecard scorecard) {
    String period = scorecard.period().map(p -> p.from() + " to " + p.to()).orElse("no data yet");
    return "Scorecard, "
        + period
        + scorecard.asOf().map(at -> ", as of " + at).orElse("")
        + ", accord version "
        + scorecard.accordVersion();
  }
}
