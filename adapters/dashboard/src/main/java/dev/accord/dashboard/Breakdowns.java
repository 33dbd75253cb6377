package dev.accord.dashboard;

import dev.accord.core.scorecard.Direction;
import dev.accord.core.scorecard.Metric;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A KPI's breakdowns as a page shows them: per dimension, a horizontal bar per key and the same
 * figures as a table, for print and for anyone who does not see the chart.
 *
 * @param kpiId the KPI's id
 * @param kpiName its name
 * @param value its value over the period, formatted
 * @param badge its traffic light
 * @param dimensions one per dimension it is broken down by, in the KPI's order
 */
record Breakdowns(
    String kpiId, String kpiName, String value, Badge badge, List<Breakdown> dimensions) {

  /** One dimension: its label, the key of its chart and its rows, best first. */
  record Breakdown(String label, String chart, String chartLabel, List<Row> rows) {}

  /** One key of a dimension with its value. */
  record Row(String key, String value) {}

  private static final List<String> TIME_DIMENSIONS = List.of("month", "quarter");

  static Breakdowns of(Metric metric, Names names, Map<String, Object> charts) {
    String unit = metric.kpi().unit();
    List<String> order = new ArrayList<>(metric.kpi().dimensions());
    metric.breakdowns().keySet().stream()
        .sorted()
        .filter(d -> !order.contains(d))
        .forEach(order::add);
    boolean higher = metric.kpi().target().map(t -> t.better() == Direction.HIGHER).orElse(true);
    List<Breakdown> dimensions = new ArrayList<>();
    for (String dimension : order) {
      Map<String, Double> values = metric.breakdowns().get(dimension);
      if (values == null || values.isEmpty()) {
        continue;
      }
      List<Map.Entry<String, Double>> entries = new ArrayList<>(values.entrySet());
      if (TIME_DIMENSIONS.contains(dimension)) {
        entries.sort(Map.Entry.comparingByKey());
      } else {
        Comparator<Map.Entry<String, Double>> byValue = Map.Entry.comparingByValue();
        entries.sort(
            (higher ? byValue.reversed() : byValue).thenComparing(Map.Entry.comparingByKey()));
      }
      List<Row> rows = new ArrayList<>();
      List<String> keys = new ArrayList<>();
      List<Double> numbers = new ArrayList<>();
      for (Map.Entry<String, Double> entry : entries) {
        String key = key(dimension, entry.getKey(), names);
        rows.add(new Row(key, Figures.format(entry.getValue(), unit)));
        keys.add(key);
        numbers.add(entry.getValue());
      }
      String chart = "bars-" + metric.id() + "-" + dimension;
      Map<String, Object> spec = new LinkedHashMap<>();
      spec.put("kind", "bars");
      spec.put("keys", keys);
      spec.put("values", numbers);
      spec.put("unit", unit);
      spec.put(
          "target", metric.kpi().target().map(t -> (Object) t.value().doubleValue()).orElse(null));
      charts.put(chart, spec);
      String label = names.dimension(dimension);
      dimensions.add(
          new Breakdown(
              label,
              chart,
              metric.kpi().displayName() + " by " + label.toLowerCase(java.util.Locale.ROOT),
              rows));
    }
    return new Breakdowns(
        metric.id(),
        metric.kpi().displayName(),
        metric.value().isPresent() ? Figures.format(metric.value().getAsDouble(), unit) : "No data",
        Badge.of(metric),
        dimensions);
  }

  private static String key(String dimension, String key, Names names) {
    if (key.isBlank()) {
      return "(none)";
    }
    return switch (dimension) {
      case "owner", "team" -> names.owner(key);
      default -> key;
    };
  }

  /** The metric of a scorecard a breakdown page is about. */
  static Optional<Metric> metric(dev.accord.core.scorecard.Scorecard scorecard, String kpiId) {
    return scorecard.metric(kpiId);
  }
}
