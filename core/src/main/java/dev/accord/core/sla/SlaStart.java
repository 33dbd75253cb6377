package dev.accord.core.sla;

/** What starts a handoff's SLA clock. */
public enum SlaStart {
  /** The record enters the handoff's source stage. */
  STAGE_ENTRY,
  /** The record is assigned to an owner in the source stage. */
  ASSIGNMENT
}
