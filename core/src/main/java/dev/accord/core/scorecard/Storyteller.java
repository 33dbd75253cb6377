package dev.accord.core.scorecard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The story of the numbers, told by plain rules: the watermelons first, then the biggest movers
 * against the previous period, the bottleneck (the conversion furthest below its target), the SLA
 * hotspots and the data gaps.
 */
final class Storyteller {

  private static final int MOVERS = 3;
  private static final int WORST_KEYS = 3;

  private Storyteller() {}

  static List<StoryLine> tell(List<Metric> metrics, List<Watermelon> watermelons) {
    List<StoryLine> story = new ArrayList<>();
    watermelons.stream()
        .filter(w -> w.kind() == Watermelon.Kind.GREEN_OVER_RED)
        .forEach(w -> story.add(new StoryLine(StoryLine.Topic.WATERMELON, w.explanation())));
    movers(metrics, story);
    bottleneck(metrics).ifPresent(story::add);
    for (Metric metric : metrics) {
      if (metric.kpi().formula() instanceof Formula.SlaCompliance && belowTarget(metric)) {
        story.add(
            new StoryLine(
                StoryLine.Topic.SLA_HOTSPOT,
                metric.kpi().displayName()
                    + " is "
                    + Figures.against(metric)
                    + worst(metric, "owner")));
      }
      if (metric.kpi().formula() instanceof Formula.FieldCompleteness
          && metric.value().isPresent()
          && (belowTarget(metric) || metric.kpi().target().isEmpty())) {
        story.add(
            new StoryLine(
                StoryLine.Topic.DATA_GAP,
                metric.kpi().displayName()
                    + " is "
                    + Figures.against(metric)
                    + worst(metric, "field")));
      }
    }
    return story;
  }

  private static void movers(List<Metric> metrics, List<StoryLine> story) {
    metrics.stream()
        .filter(m ->
            m.value().isPresent() && m.previous().isPresent() && m.previous().getAsDouble() != 0)
        .filter(m -> m.value().getAsDouble() != m.previous().getAsDouble())
        .sorted(
            Comparator.comparingDouble((Metric m) -> -Math.abs(change(m)))
                .thenComparing(Metric::id))
        .limit(MOVERS)
        .forEach(m -> {
          double change = change(m);
          String better =
              m.improved()
                  .map(improved -> improved ? ", for the better" : ", for the worse")
                  .orElse("");
          story.add(
              new StoryLine(
                  StoryLine.Topic.MOVER,
                  String.format(
                      java.util.Locale.ROOT,
                      "%s %s %.1f%% on the previous period (from %s to %s)%s.",
                      m.kpi().displayName(),
                      change > 0 ? "rose" : "fell",
                      Math.abs(change) * 100,
                      Figures.format(m.previous().getAsDouble(), m.kpi().unit()),
                      Figures.format(m.value().getAsDouble(), m.kpi().unit()),
                      better)));
        });
  }

  private static double change(Metric m) {
    double previous = m.previous().getAsDouble();
    return (m.value().getAsDouble() - previous) / Math.abs(previous);
  }

  /** The conversion (or win rate) furthest below its target, measured as a share of target. */
  private static Optional<StoryLine> bottleneck(List<Metric> metrics) {
    return metrics.stream()
        .filter(m ->
            m.kpi().formula() instanceof Formula.Conversion
                || m.kpi().formula() instanceof Formula.WinRate)
        .filter(m -> m.value().isPresent() && m.kpi().target().isPresent())
        .filter(m -> m.kpi().target().get().value().signum() > 0)
        .min(Comparator.comparingDouble(Storyteller::shareOfTarget).thenComparing(Metric::id))
        .filter(m -> shareOfTarget(m) < 1)
        .map(m -> {
          List<String> stages = m.kpi().formula().stages();
          return new StoryLine(
              StoryLine.Topic.BOTTLENECK,
              String.format(
                  java.util.Locale.ROOT,
                  "The bottleneck is %s (%s): %s, %.0f%% of target.",
                  String.join(" -> ", stages.subList(0, Math.min(2, stages.size()))),
                  m.kpi().displayName(),
                  Figures.against(m),
                  shareOfTarget(m) * 100));
        });
  }

  private static double shareOfTarget(Metric m) {
    return m.value().getAsDouble() / m.kpi().target().get().value().doubleValue();
  }

  private static boolean belowTarget(Metric metric) {
    return metric.status().filter(status -> status != Status.GREEN).isPresent();
  }

  /** The lowest keys of one breakdown, as "; lowest by owner: jake 41.0%, ...". */
  private static String worst(Metric metric, String dimension) {
    Map<String, Double> values = metric.breakdowns().get(dimension);
    if (values == null || values.isEmpty()) {
      return ".";
    }
    String keys =
        values.entrySet().stream()
            .sorted(
                Map.Entry.<String, Double>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey()))
            .limit(WORST_KEYS)
            .map(e -> e.getKey() + " " + Figures.format(e.getValue(), metric.kpi().unit()))
            .collect(Collectors.joining(", "));
    return "; lowest by " + dimension + ": " + keys + ".";
  }
}
