package dev.accord.core.lifecycle;

import dev.accord.core.shared.Values;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One line of a record's owner history: who had it, who got it, when and through what. */
public record OwnerChange(
    Optional<String> from, String to, Instant at, String actor, String eventKey) {

  public OwnerChange {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(at, "at");
    actor = Values.text(actor);
    Objects.requireNonNull(eventKey, "eventKey");
  }
}
