package dev.accord.generator;

import java.time.Duration;
import java.util.SplittableRandom;

/**
 * How long things take: stays in a stage and delays spread around a typical length, mostly near it,
 * now and then much longer, never negative.
 */
final class Pace {

  private final FunnelRates rates;

  Pace(FunnelRates rates) {
    this.rates = rates;
  }

  /** How long a record stays in the stage before its next move. */
  Duration dwell(String stage, SplittableRandom random) {
    return around(Duration.ofSeconds((long) (rates.dwellDaysIn(stage) * 86_400)), random);
  }

  /**
   * A length spread log-normally around the typical one, between a twentieth and eight times it.
   */
  static Duration around(Duration typical, SplittableRandom random) {
    double factor = Math.clamp(Math.exp(0.8 * random.nextGaussian()), 0.05, 8.0);
    return Duration.ofSeconds(Math.max(1, (long) (typical.toSeconds() * factor)));
  }

  /** A length drawn evenly between the two bounds. */
  static Duration between(Duration least, Duration most, SplittableRandom random) {
    long span = most.toSeconds() - least.toSeconds();
    return least.plusSeconds(span > 0 ? random.nextLong(span + 1) : 0);
  }
}
