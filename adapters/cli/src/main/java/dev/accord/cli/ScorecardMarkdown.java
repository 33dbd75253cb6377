package dev.accord.cli;

import dev.accord.core.scorecard.Funnel;
import dev.accord.core.scorecard.Metric;
import dev.accord.core.scorecard.Scorecard;
import dev.accord.core.scorecard.StoryLine;
import dev.accord.core.scorecard.Watermelon;
import java.util.Locale;
import java.util.Map;

/**
 * The scorecard as a Markdown document for the monthly review: the KPIs, each breakdown as a table,
 * the watermelons, the story of the numbers and the funnels.
 */
final class ScorecardMarkdown {

  private ScorecardMarkdown() {}

  static String of(String accordName, Scorecard scorecard) {
    StringBuilder md = new StringBuilder();
    md.append("# Scorecard: ").append(escape(accordName)).append("\n\n");
    md.append(ScorecardTable.heading(scorecard)).append(".\n\n");
    md.append("| KPI | kind | owner | value | target | status | previous | trend |\n");
    md.append("|---|---|---|---:|---:|---|---:|---|\n");
    for (Metric metric : scorecard.metrics()) {
      String unit = metric.kpi().unit();
      md.append("| ")
          .append(escape(metric.kpi().displayName()))
          .append(" (`")
          .append(metric.id())
          .append("`) | ")
          .append(metric.kpi().kind().name().toLowerCase(Locale.ROOT))
          .append(" | ")
          .append(escape(metric.kpi().owner()))
          .append(" | ")
          .append(ScorecardFigures.value(metric.value(), unit))
          .append(" | ")
          .append(ScorecardFigures.target(metric))
          .append(" | ")
          .append(ScorecardFigures.status(metric))
          .append(" | ")
          .append(ScorecardFigures.value(metric.previous(), unit))
          .append(" | ")
          .append(ScorecardFigures.trend(metric))
          .append(" |\n");
    }
    if (!scorecard.watermelons().isEmpty()) {
      md.append("\n## Watermelons\n\n");
      for (Watermelon watermelon : scorecard.watermelons()) {
        md.append("- ").append(escape(watermelon.explanation())).append('\n');
      }
    }
    if (!scorecard.story().isEmpty()) {
      md.append("\n## The story of the numbers\n\n");
      for (StoryLine line : scorecard.story()) {
        md.append("- ").append(escape(line.text())).append('\n');
      }
    }
    for (Metric metric : scorecard.metrics()) {
      for (Map.Entry<String, Map<String, Double>> breakdown : metric.breakdowns().entrySet()) {
        md.append("\n### ")
            .append(escape(metric.kpi().displayName()))
            .append(" by ")
            .append(breakdown.getKey())
            .append("\n\n| key | ")
            .append(metric.id())
            .append(" |\n|---|---:|\n");
        breakdown
            .getValue()
            .forEach((key, value) ->
                md.append("| ")
                    .append(escape(key))
                    .append(" | ")
                    .append(ScorecardFigures.value(value, metric.kpi().unit()))
                    .append(" |\n"));
      }
    }
    for (Funnel funnel : scorecard.funnels()) {
      if (funnel.months().isEmpty()) {
        continue;
      }
      md.append("\n## Funnel: ")
          .append(funnel.object())
          .append(" / ")
          .append(funnel.pipeline())
          .append("\n\n| month | stage | entered | amount | to next |\n|---|---|---:|---:|---:|\n");
      for (Funnel.Month month : funnel.months()) {
        for (Funnel.StageRow row : month.stages()) {
          md.append("| ")
              .append(month.month())
              .append(" | ")
              .append(row.stage())
              .append(" | ")
              .append(row.entered())
              .append(" | ")
              .append(ScorecardFigures.value(row.amount(), ""))
              .append(" | ")
              .append(ScorecardFigures.value(row.toNext(), "ratio"))
              .append(" |\n");
        }
      }
    }
    return md.toString();
  }

  /** Text safe in a Markdown table cell. */
  private static String escape(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
