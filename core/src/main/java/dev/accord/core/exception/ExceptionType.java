package dev.accord.core.exception;

/**
 * The kinds of exception the queue holds, each a breach of the accord, a data-quality finding or a
 * dispute someone raised; the accord's {@code exceptions} section names its owner by type.
 */
public enum ExceptionType {
  INVALID_TRANSITION,
  MISSING_REQUIRED_FIELD,
  MISSING_REASON_CODE,
  ENTRY_CRITERIA_NOT_MET,
  OUT_OF_ORDER_EVENT,
  DATA_QUALITY,
  /** A record that no routing rule could give an owner. */
  ROUTING_FAILURE,
  /** A record that looks like another one already known. */
  SUSPECTED_DUPLICATE,
  /** A handoff whose SLA ran out before the owner acted. */
  SLA_BREACH,
  /** A person disputing a KPI value the scorecard reports. */
  REPORTING_DISPUTE
}
