package dev.accord.core.lifecycle;

import java.time.Duration;
import java.util.Objects;

/**
 * How strictly the lifecycle is enforced on incoming events: for each guardrail, whether a breach
 * blocks the event or only flags it, and how late an event may arrive and still be put back in
 * order.
 *
 * @param transitionAllowed a move between stages that no transition allows
 * @param requiredFields entering a stage without the fields it requires
 * @param reasonCode a move that needs a reason code but has none
 * @param eventOrder an event older than the record's latest one, beyond the reorder window
 * @param reorderWindow how late an event may arrive and still be put back in order
 */
public record Guardrails(
    Enforcement transitionAllowed,
    Enforcement requiredFields,
    Enforcement reasonCode,
    Enforcement eventOrder,
    Duration reorderWindow) {

  public Guardrails {
    Objects.requireNonNull(transitionAllowed, "transitionAllowed");
    Objects.requireNonNull(requiredFields, "requiredFields");
    Objects.requireNonNull(reasonCode, "reasonCode");
    Objects.requireNonNull(eventOrder, "eventOrder");
    Objects.requireNonNull(reorderWindow, "reorderWindow");
  }

  /** What an accord gets when it says nothing about guardrails. */
  public static Guardrails defaults() {
    return new Guardrails(
        Enforcement.BLOCK,
        Enforcement.FLAG,
        Enforcement.BLOCK,
        Enforcement.FLAG,
        Duration.ofHours(1));
  }
}
