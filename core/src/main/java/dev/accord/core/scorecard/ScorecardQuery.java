package dev.accord.core.scorecard;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a scorecard is asked for.
 *
 * @param period the period it covers; empty for all the data
 * @param asOf count only what had happened and was known by this instant; empty for all
 * @param by break every KPI down by this dimension only; empty for each KPI's own dimensions
 */
public record ScorecardQuery(Optional<Period> period, Optional<Instant> asOf, Optional<String> by) {

  public ScorecardQuery {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(by, "by");
  }

  /** Everything there is, each KPI by its own dimensions. */
  public static ScorecardQuery everything() {
    return new ScorecardQuery(Optional.empty(), Optional.empty(), Optional.empty());
  }
}
