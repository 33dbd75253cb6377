package dev.accord.core.sla;

/** The event that meets a handoff's SLA and stops its clock. */
public enum SlaMeasure {
  /** The owner's first email, call or meeting with the record. */
  FIRST_TOUCH,
  /** The receiving team accepts the record: it enters the handoff's target stage. */
  ACCEPTANCE,
  /** A rejected record gets its feedback: a reason code and a note. */
  FEEDBACK,
  /** The record leaves the source stage by any transition. */
  STAGE_EXIT
}
