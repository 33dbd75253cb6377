package dev.accord.dashboard;

import dev.accord.core.scorecard.Direction;
import dev.accord.core.scorecard.KpiKind;
import dev.accord.core.scorecard.Metric;
import dev.accord.core.scorecard.Period;
import dev.accord.core.scorecard.Scorecard;
import dev.accord.core.scorecard.StoryLine;
import dev.accord.core.scorecard.Target;
import dev.accord.core.scorecard.Watermelon;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * The scorecard page: a form to choose the period (its value the period shown), a tile per KPI, the
 * watermelon panel and the story of the numbers.
 */
record ScorecardView(
    Layout layout,
    String period,
    List<Tile> tiles,
    List<WatermelonItem> watermelons,
    List<StoryItem> story,
    boolean empty) {

  /**
   * One KPI's tile.
   *
   * @param id the KPI's id
   * @param name its name
   * @param kind activity or outcome
   * @param owner the team that owns it
   * @param description what it means
   * @param value its value, formatted by its unit
   * @param badge its traffic light
   * @param target its target in words; empty without one
   * @param trend the move on the previous period in words
   * @param trendCss better, worse, flat or none
   * @param chart the key of its sparkline in the chart data; empty with fewer than two points
   * @param chartLabel the sparkline's points in words, for screen readers
   * @param breakdownHref the page of its breakdowns; empty when it has none
   */
  record Tile(
      String id,
      String name,
      String kind,
      String owner,
      String description,
      String value,
      Badge badge,
      String target,
      String trend,
      String trendCss,
      Optional<String> chart,
      String chartLabel,
      Optional<String> breakdownHref) {}

  /** A watermelon: its kind in words, the chain of KPIs by name and the explanation. */
  record WatermelonItem(String kind, String title, String chain, String explanation) {}

  /** A line of the story under its topic. */
  record StoryItem(String topic, String label, String text) {}

  static ScorecardView of(Frame frame, Scorecard scorecard, List<Scorecard> earlier) {
    Names names = new Names(frame.accord());
    Map<String, Object> charts = new LinkedHashMap<>();
    List<Tile> tiles = new ArrayList<>();
    for (Metric metric : scorecard.metrics()) {
      tiles.add(tile(metric, scorecard, earlier, names, charts));
    }
    List<WatermelonItem> watermelons =
        scorecard.watermelons().stream().map(w -> watermelon(w, names)).toList();
    List<StoryItem> story =
        scorecard.story().stream()
            .map(line ->
                new StoryItem(
                    line.topic().name().toLowerCase(Locale.ROOT), topic(line.topic()), line.text()))
            .toList();
    return new ScorecardView(
        Layout.of(frame, Section.SCORECARD, "Scorecard", subtitle(scorecard), charts),
        scorecard.period().map(Period::label).orElse(""),
        tiles,
        watermelons,
        story,
        scorecard.period().isEmpty());
  }

  /** The period, the instant and the definitions a scorecard is of, in a line. */
  static String subtitle(Scorecard scorecard) {
    String period = scorecard.period().map(p -> "Period " + periodLabel(p)).orElse("No data yet");
    String asOf = scorecard.asOf().map(at -> ", as of " + Figures.instant(at)).orElse("");
    return period + asOf + " · accord version " + scorecard.accordVersion();
  }

  static String periodLabel(Period period) {
    return period.kind() == Period.Kind.CUSTOM
        ? Figures.instant(period.from()) + " to " + Figures.instant(period.to())
        : period.label();
  }

  private static Tile tile(
      Metric metric,
      Scorecard scorecard,
      List<Scorecard> earlier,
      Names names,
      Map<String, Object> charts) {
    String unit = metric.kpi().unit();
    String value =
        metric.value().isPresent() ? Figures.format(metric.value().getAsDouble(), unit) : "No data";
    List<String> labels = new ArrayList<>();
    List<Double> points = new ArrayList<>();
    for (Scorecard before : earlier) {
      before
          .metric(metric.id())
          .map(Metric::value)
          .filter(OptionalDouble::isPresent)
          .ifPresent(v -> {
            labels.add(before.period().map(ScorecardView::periodLabel).orElse("earlier"));
            points.add(v.getAsDouble());
          });
    }
    if (earlier.isEmpty() && metric.previous().isPresent()) {
      labels.add(scorecard.period().map(p -> p.previous().label()).orElse("previous period"));
      points.add(metric.previous().getAsDouble());
    }
    if (metric.value().isPresent()) {
      labels.add(scorecard.period().map(ScorecardView::periodLabel).orElse("now"));
      points.add(metric.value().getAsDouble());
    }
    Optional<String> chart = Optional.empty();
    String chartLabel = "";
    if (points.size() >= 2) {
      String key = "spark-" + metric.id();
      Map<String, Object> spec = new LinkedHashMap<>();
      spec.put("kind", "sparkline");
      spec.put("labels", labels);
      spec.put("values", points);
      spec.put("unit", unit);
      spec.put(
          "status", metric.status().map(s -> s.name().toLowerCase(Locale.ROOT)).orElse("none"));
      charts.put(key, spec);
      chart = Optional.of(key);
      List<String> said = new ArrayList<>();
      for (int i = 0; i < points.size(); i++) {
        said.add(Figures.format(points.get(i), unit) + " in " + labels.get(i));
      }
      chartLabel = "Trend of " + metric.kpi().displayName() + ": " + String.join(", ", said);
    }
    return new Tile(
        metric.id(),
        metric.kpi().displayName(),
        metric.kpi().kind() == KpiKind.ACTIVITY ? "Activity" : "Outcome",
        names.owner(metric.kpi().owner()),
        metric.kpi().description(),
        value,
        Badge.of(metric),
        metric.kpi().target().map(target -> target(target, unit)).orElse("No target"),
        trend(metric, scorecard),
        trendCss(metric),
        chart,
        chartLabel,
        metric.breakdowns().values().stream().anyMatch(b -> !b.isEmpty())
            ? Optional.of(Paths.kpi(metric.id()))
            : Optional.empty());
  }

  static String target(Target target, String unit) {
    boolean higher = target.better() == Direction.HIGHER;
    return "Target "
        + Figures.format(target.value(), unit)
        + (higher ? " or more" : " or less")
        + "; green "
        + (higher ? "from " : "up to ")
        + Figures.format(target.green(), unit)
        + ", amber "
        + (higher ? "from " : "up to ")
        + Figures.format(target.amber(), unit);
  }

  private static String trend(Metric metric, Scorecard scorecard) {
    Optional<Metric.Trend> trend = metric.trend();
    if (trend.isEmpty()) {
      return "No previous period to compare with";
    }
    String unit = metric.kpi().unit();
    double now = metric.value().getAsDouble();
    double before = metric.previous().getAsDouble();
    String against =
        scorecard
            .period()
            .map(p -> " on " + p.previous().label())
            .orElse(" on the previous period");
    if (trend.get() == Metric.Trend.FLAT) {
      return "→ Unchanged" + against + " (" + Figures.format(before, unit) + ")";
    }
    String arrow = trend.get() == Metric.Trend.UP ? "↑ Up " : "↓ Down ";
    String change =
        before == 0
            ? Figures.format(Math.abs(now - before), unit)
            : Figures.percent(Math.abs(now - before) / Math.abs(before));
    String judged =
        metric.improved().map(better -> better ? ", for the better" : ", for the worse").orElse("");
    return arrow + change + against + " (from " + Figures.format(before, unit) + ")" + judged;
  }

  private static String trendCss(Metric metric) {
    if (metric.trend().isEmpty()) {
      return "trend-none";
    }
    return metric
        .improved()
        .map(better -> better ? "trend-better" : "trend-worse")
        .orElse("trend-flat");
  }

  private static WatermelonItem watermelon(Watermelon watermelon, Names names) {
    String chain = watermelon.chain().stream().map(names::kpi).collect(Collectors.joining(" → "));
    return watermelon.kind() == Watermelon.Kind.GREEN_OVER_RED
        ? new WatermelonItem(
            "green_over_red",
            "Green over red: " + names.kpi(watermelon.kpi()),
            chain,
            watermelon.explanation())
        : new WatermelonItem(
            "no_outcome",
            "Feeds no outcome: " + names.kpi(watermelon.kpi()),
            chain,
            watermelon.explanation());
  }

  private static String topic(StoryLine.Topic topic) {
    return switch (topic) {
      case WATERMELON -> "Watermelon";
      case MOVER -> "Mover";
      case BOTTLENECK -> "Bottleneck";
      case SLA_HOTSPOT -> "SLA hotspot";
      case DATA_GAP -> "Data gap";
    };
  }
}
