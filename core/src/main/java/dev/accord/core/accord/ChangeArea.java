package dev.accord.core.accord;

/**
 * The part of an accord a change touches. A diff lists its changes area by area, in this order, so
 * that a reader meets the lifecycle before the contract built on it and the scorecard last.
 */
public enum ChangeArea {
  METADATA,
  STAGE,
  TRANSITION,
  FIELD,
  REQUIRED_FIELD,
  REASON_CODE,
  GUARDRAIL,
  TEAM,
  PERSON,
  CALENDAR,
  SLA,
  ESCALATION,
  ROUTING,
  DIMENSION,
  KPI,
  DECISION_RIGHT,
  GOAL
}
