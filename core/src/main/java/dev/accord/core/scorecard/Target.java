package dev.accord.core.scorecard;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a KPI should reach, and the thresholds of its traffic light. For a KPI that is better
 * higher, a value at or above {@code green} is green, at or above {@code amber} amber, and red
 * below; for one that is better lower, the comparisons turn round.
 */
public record Target(BigDecimal value, Direction better, BigDecimal green, BigDecimal amber) {

  public Target {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(better, "better");
    Objects.requireNonNull(green, "green");
    Objects.requireNonNull(amber, "amber");
  }

  /** The traffic light for a measured value. */
  public Status statusOf(BigDecimal measured) {
    if (meets(measured, green)) {
      return Status.GREEN;
    }
    return meets(measured, amber) ? Status.AMBER : Status.RED;
  }

  /** Whether the amber threshold lies on the worse side of the green one, as it must. */
  public boolean thresholdsAreOrdered() {
    return meets(green, amber);
  }

  private boolean meets(BigDecimal measured, BigDecimal threshold) {
    int comparison = measured.compareTo(threshold);
    return better == Direction.HIGHER ? comparison >= 0 : comparison <= 0;
  }
}
