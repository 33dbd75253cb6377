package dev.accord.core.scorecard;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The one scorecard: every KPI of the accord over a period, as known at an instant, with the
 * watermelons found, the story of the numbers and the funnel of each pipeline.
 *
 * @param period the period covered; empty when there was no data at all
 * @param asOf the instant it was computed as of; empty for everything known
 * @param accordVersion the version of the accord whose definitions it ran under
 * @param metrics one per KPI, in the accord's order
 * @param watermelons activity KPIs green over red outcomes, and activities feeding no outcome
 * @param story the story of the numbers, sentence by sentence
 * @param funnels one per pipeline
 */
public record Scorecard(
    Optional<Period> period,
    Optional<Instant> asOf,
    int accordVersion,
    List<Metric> metrics,
    List<Watermelon> watermelons,
    List<StoryLine> story,
    List<Funnel> funnels) {

  public Scorecard {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(asOf, "asOf");
    metrics = List.copyOf(metrics);
    watermelons = List.copyOf(watermelons);
    story = List.copyOf(story);
    funnels = List.copyOf(funnels);
  }

  public Optional<Metric> metric(String kpiId) {
    return metrics.stream().filter(metric -> metric.id().equals(kpiId)).findFirst();
  }
}
