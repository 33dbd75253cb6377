package dev.accord.core.scorecard;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One KPI as the scorecard computed it: its value over the period, its traffic light against the
 * target, the value of the period before, and the value per key of each breakdown.
 *
 * @param kpi the KPI as the accord defines it
 * @param value its value; empty when there was nothing to count
 * @param status green, amber or red against the target; empty without a target or a value
 * @param previous its value over the previous period; empty without one
 * @param breakdowns per dimension id, the value per key, keys sorted
 */
public record Metric(
    Kpi kpi,
    OptionalDouble value,
    Optional<Status> status,
    OptionalDouble previous,
    Map<String, Map<String, Double>> breakdowns) {

  public Metric {
    Objects.requireNonNull(kpi, "kpi");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(previous, "previous");
    breakdowns = Map.copyOf(breakdowns);
  }

  public String id() {
    return kpi.id();
  }

  /** Which way the value moved against the previous period. */
  public Optional<Trend> trend() {
    if (value.isEmpty() || previous.isEmpty()) {
      return Optional.empty();
    }
    int comparison = Double.compare(value.getAsDouble(), previous.getAsDouble());
    Trend direction = comparison > 0 ? Trend.UP : comparison < 0 ? Trend.DOWN : Trend.FLAT;
    return Optional.of(direction);
  }

  /** Whether the move against the previous period is for the better, per the target's direction. */
  public Optional<Boolean> improved() {
    return trend()
        .filter(t -> t != Trend.FLAT)
        .flatMap(t ->
            kpi.target().map(target -> (t == Trend.UP) == (target.better() == Direction.HIGHER)));
  }

  /** The direction of a KPI's move. */
  public enum Trend {
    UP,
    DOWN,
    FLAT
  }
}
