package dev.accord.core.queue;

import java.util.Locale;
import java.util.Optional;

/**
 * Where an exception stands in the queue. It is raised open, someone takes it in progress, and it
 * ends resolved or, when nothing should be done about it, won't fix. A closed exception can be
 * reopened, and one in progress handed back to the queue; nothing else moves.
 */
public enum QueueStatus {
  OPEN,
  IN_PROGRESS,
  RESOLVED,
  WONT_FIX;

  /** Whether the exception is done with, either way. */
  public boolean isClosed() {
    return this == RESOLVED || this == WONT_FIX;
  }

  /** How the status is written: {@code in_progress}. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Why an exception in this status cannot move to the next one; empty when the move is allowed.
   */
  public Optional<String> refusalToMoveTo(QueueStatus next) {
    if (next == this) {
      return Optional.of("the exception is " + word() + " already");
    }
    if (isClosed() && next != OPEN) {
      return Optional.of(
          "the exception is " + word() + "; reopen it before moving it to " + next.word());
    }
    return Optional.empty();
  }
}
