package dev.accord.core.lifecycle;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How a record has used one stage: when it first and last entered and left it, how many times it
 * came in, and how long it stayed in all, so a recycled lead's second pass is counted and never
 * overwrites its first.
 *
 * @param firstEntered when the record entered the stage the first time
 * @param lastEntered when it entered the stage most recently
 * @param firstExited when it first left, if it ever has
 * @param lastExited when it last left, if it ever has
 * @param visits how many times it entered
 * @param completedTime the time spent in the stage over the visits that have ended
 */
public record StageTimes(
    Instant firstEntered,
    Instant lastEntered,
    Optional<Instant> firstExited,
    Optional<Instant> lastExited,
    int visits,
    Duration completedTime) {

  public StageTimes {
    Objects.requireNonNull(firstEntered, "firstEntered");
    Objects.requireNonNull(lastEntered, "lastEntered");
    Objects.requireNonNull(firstExited, "firstExited");
    Objects.requireNonNull(lastExited, "lastExited");
    Objects.requireNonNull(completedTime, "completedTime");
  }

  /** A first visit, starting now. */
  public static StageTimes enteredAt(Instant at) {
    return new StageTimes(at, at, Optional.empty(), Optional.empty(), 1, Duration.ZERO);
  }

  /** Another visit, starting at the given instant. */
  public StageTimes reenteredAt(Instant at) {
    return new StageTimes(firstEntered, at, firstExited, lastExited, visits + 1, completedTime);
  }

  /** The current visit ends at the given instant. */
  public StageTimes exitedAt(Instant at) {
    Duration stay = Duration.between(lastEntered, at);
    return new StageTimes(
        firstEntered,
        lastEntered,
        Optional.of(firstExited.orElse(at)),
        Optional.of(at),
        visits,
        completedTime.plus(stay.isNegative() ? Duration.ZERO : stay));
  }

  /** Whether the record is in the stage now: its latest entry has not been followed by an exit. */
  public boolean isOpen() {
    return lastExited.map(exit -> exit.isBefore(lastEntered)).orElse(true);
  }

  /** The total time in the stage as of an instant, counting an open visit up to then. */
  public Duration timeIn(Instant asOf) {
    if (!isOpen() || asOf.isBefore(lastEntered)) {
      return completedTime;
    }
    return completedTime.plus(Duration.between(lastEntered, asOf));
  }
}
