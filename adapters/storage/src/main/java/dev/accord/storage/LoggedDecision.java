package dev.accord.storage;

import dev.accord.core.routing.RoutingDecision;
import java.util.Objects;

/**
 * A routing decision as the store keeps it, with the key of the event whose stage change made it.
 * The decision's {@link RoutingDecision#context() context} is empty: the store keeps only the
 * ledger as the latest decision left it, not the context after each one.
 */
public record LoggedDecision(String eventKey, RoutingDecision decision) {

  public LoggedDecision {
    Objects.requireNonNull(eventKey, "eventKey");
    Objects.requireNonNull(decision, "decision");
  }
}
