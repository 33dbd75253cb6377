package dev.accord.cli;

import dev.accord.core.scorecard.Metric;
import java.util.Locale;
import java.util.OptionalDouble;

/** How the scorecard's numbers read in a table: ratios to four places, counts and money whole. */
final class ScorecardFigures {

  private ScorecardFigures() {}

  static String value(OptionalDouble value, String unit) {
    return value.isPresent() ? value(value.getAsDouble(), unit) : "-";
  }

  static String value(double value, String unit) {
    String u = unit.toLowerCase(Locale.ROOT);
    if (u.equals("ratio") || u.equals("percent") || u.equals("share")) {
      return String.format(Locale.ROOT, "%.4f", value);
    }
    if (u.equals("days") || u.equals("hours") || u.equals("minutes")) {
      return String.format(Locale.ROOT, "%.1f", value);
    }
    if (value == Math.rint(value)) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    return String.format(Locale.ROOT, "%,.2f", value);
  }

  static String target(Metric metric) {
    return metric
        .kpi()
        .target()
        .map(t -> value(t.value().doubleValue(), metric.kpi().unit()))
        .orElse("-");
  }

  static String status(Metric metric) {
    return metric.status().map(s -> s.name().toLowerCase(Locale.ROOT)).orElse("-");
  }

  /** The trend as an arrow and whether it is for the better. */
  static String trend(Metric metric) {
    return metric
        .trend()
        .map(t ->
            switch (t) {
              case UP -> "up";
              case DOWN -> "down";
              case FLAT -> "flat";
            })
        .map(word ->
            word + metric.improved().map(better -> better ? " (better)" : " (worse)").orElse(""))
        .orElse("-");
  }
}
