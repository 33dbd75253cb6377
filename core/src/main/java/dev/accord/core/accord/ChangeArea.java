package dev.accord.core.accord;

/**
 * The part of an accord a change touches. A diff lists its changes area by area, in this order, so
 * that a reader meets the lifecycle before the contract built on it, then the scorecard and
 * governance, and last how duplicates and exceptions are handled.
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
  GOAL,
  DUPLICATE_RULE,
  EXCEPTION_POLICY
}
