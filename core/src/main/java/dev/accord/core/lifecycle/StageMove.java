package dev.accord.core.lifecycle;

import dev.accord.core.shared.Values;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of a record's stage history: where it came from, where it went, when, who or what moved
 * it, and why. History only grows: a recycle or a reopen adds a line, it never edits one.
 *
 * @param from the stage it left; empty for the stage it was created in
 * @param to the stage it entered
 * @param at when the move happened
 * @param kind the kind of transition, or {@link TransitionKind#FORWARD} for a creation
 * @param actor who or what moved it, as the source system names them
 * @param source the system the move came from
 * @param reasonCode the reason given, if any
 * @param eventKey the idempotency key of the event that moved it
 */
public record StageMove(
    Optional<String> from,
    String to,
    Instant at,
    TransitionKind kind,
    String actor,
    String source,
    Optional<String> reasonCode,
    String eventKey) {

  public StageMove {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(kind, "kind");
    actor = Values.text(actor);
    source = Values.text(source);
    Objects.requireNonNull(reasonCode, "reasonCode");
    Objects.requireNonNull(eventKey, "eventKey");
  }
}
