package dev.accord.core.lifecycle;

/** What the lifecycle engine made of one event. */
public enum Verdict {
  /** The event was applied and broke nothing. */
  ACCEPTED,
  /** The event was applied, and the exceptions it raised wait for someone to look at them. */
  FLAGGED,
  /** The event broke a guardrail that blocks, or could not be applied at all: nothing changed. */
  REJECTED
}
