package dev.accord.core.scorecard;

/** How a set of durations is summed up. */
public enum Statistic {
  MEDIAN,
  P90,
  MEAN
}
