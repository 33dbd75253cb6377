package dev.accord.core.routing;

import java.time.Instant;
import java.util.Objects;

/**
 * A time a person is out of office, from its start up to, but not at, its end: round-robin passes
 * them over meanwhile. The CRM or the calendar system knows these; routing is told.
 */
public record Absence(String person, Instant from, Instant until) {

  public Absence {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
  }

  /** Whether the person is away at the instant. */
  public boolean covers(Instant at) {
    return !at.isBefore(from) && at.isBefore(until);
  }
}
