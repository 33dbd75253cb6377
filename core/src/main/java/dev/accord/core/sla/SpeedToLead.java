package dev.accord.core.sla;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How long a record waited for its first touch, split at the assignment so that a slow router is
 * never blamed on a rep, nor the reverse: the system's delay from creation to the first owner, and
 * the owner's delay from the assignment to their first touch, both in business time on the calendar
 * of the handoff that measures it.
 *
 * @param systemDelay creation to first assignment; empty while the record has no owner
 * @param ownerDelay first assignment to the owner's first touch; empty while nobody has touched it
 */
public record SpeedToLead(Optional<Duration> systemDelay, Optional<Duration> ownerDelay) {

  public SpeedToLead {
    Objects.requireNonNull(systemDelay, "systemDelay");
    Objects.requireNonNull(ownerDelay, "ownerDelay");
  }

  /** Both delays together, once the record has been touched. */
  public Optional<Duration> total() {
    return systemDelay.flatMap(system -> ownerDelay.map(system::plus));
  }
}
