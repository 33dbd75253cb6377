package dev.accord.cli;

import dev.accord.core.scorecard.Metric;
import dev.accord.core.scorecard.Scorecard;
import java.io.PrintWriter;

/**
 * The scorecard as CSV for spreadsheets: one row per KPI total (empty dimension and key) and one
 * per key of each breakdown.
 */
final class ScorecardCsv {

  private ScorecardCsv() {}

  static void print(PrintWriter out, Scorecard scorecard) {
    out.println("kpi,dimension,key,value,status,target");
    for (Metric metric : scorecard.metrics()) {
      out.println(
          String.join(
              ",",
              cell(metric.id()),
              "",
              "",
              metric.value().isPresent() ? number(metric.value().getAsDouble()) : "",
              metric.status().map(s -> s.name().toLowerCase(java.util.Locale.ROOT)).orElse(""),
              metric.kpi().target().map(t -> t.value().toPlainString()).orElse("")));
      metric
          .breakdowns()
          .forEach((dimension, values) ->
              values.forEach((key, value) ->
                  out.println(
                      String.join(
                          ",",
                          cell(metric.id()),
                          cell(dimension),
                          cell(key),
                          number(value),
                          "",
                          ""))));
    }
  }

  private static String number(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? String.valueOf((long) value)
        : String.valueOf(value);
  }

  /** A cell quoted when it holds a comma, a quote or a line break; formula prefixes disarmed. */
  private static String cell(String text) {
    String safe = !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
      return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
    return safe;
  }
}
