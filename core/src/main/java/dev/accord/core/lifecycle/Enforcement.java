package dev.accord.core.lifecycle;

/** What a guardrail does with an event that breaks it. */
public enum Enforcement {
  /** Refuse the event; the record does not change. */
  BLOCK,
  /** Accept the event and raise an exception for someone to look at. */
  FLAG
}
