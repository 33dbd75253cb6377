package dev.accord.core.scorecard;

import java.util.Locale;

/** How a KPI's value reads in a sentence, by its unit: 18.2%, 4,238, 57.0 days. */
final class Figures {

  private Figures() {}

  static boolean isShare(String unit) {
    String u = unit.toLowerCase(Locale.ROOT);
    return u.equals("ratio") || u.equals("percent") || u.equals("share") || u.equals("%");
  }

  static String format(double value, String unit) {
    if (Double.isNaN(value)) {
      return "no value";
    }
    String u = unit.toLowerCase(Locale.ROOT);
    if (isShare(u)) {
      return String.format(Locale.ROOT, "%.1f%%", value * 100);
    }
    if (u.equals("count") || u.isBlank() && value == Math.rint(value)) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    if (u.equals("days") || u.equals("hours") || u.equals("minutes")) {
      return String.format(Locale.ROOT, "%,.1f %s", value, u);
    }
    if (u.length() == 3 && u.chars().allMatch(Character::isLetter)) {
      return String.format(Locale.ROOT, "%,.0f %s", value, unit);
    }
    return String.format(Locale.ROOT, "%,.2f %s", value, unit).strip();
  }

  /** A KPI's value and target in words: "18.2% against a target of 30.0%". */
  static String against(Metric metric) {
    String value = format(metric.value().orElse(Double.NaN), metric.kpi().unit());
    return metric
        .kpi()
        .target()
        .map(target ->
            value
                + " against a target of "
                + format(target.value().doubleValue(), metric.kpi().unit()))
        .orElse(value);
  }
}
