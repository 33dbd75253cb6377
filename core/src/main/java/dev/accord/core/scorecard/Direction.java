package dev.accord.core.scorecard;

/** Whether a KPI is better high (conversion) or low (time to first touch). */
public enum Direction {
  HIGHER,
  LOWER
}
