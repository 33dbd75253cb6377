package dev.accord.core.scorecard;

/** A KPI's traffic light against its target. */
public enum Status {
  GREEN,
  AMBER,
  RED
}
