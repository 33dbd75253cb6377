package dev.accord.core.scorecard;

/**
 * Whether a KPI counts effort (activity) or results (outcome). An activity KPI that is green while
 * the outcomes it feeds are red is a watermelon.
 */
public enum KpiKind {
  ACTIVITY,
  OUTCOME
}
