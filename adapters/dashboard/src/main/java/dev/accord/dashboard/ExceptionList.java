package dev.accord.dashboard;

import dev.accord.core.exception.ExceptionType;
import dev.accord.core.queue.QueueStatus;
import dev.accord.core.queue.QueuedException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The exceptions the triage page lists and the filter that chose them.
 *
 * @param exceptions the queue's exceptions that match, oldest first
 * @param status the status filtered on, if any
 * @param type the type filtered on, if any
 * @param owner the owner filtered on, if any
 * @param now the instant the page is drawn at, to flag the overdue ones
 */
public record ExceptionList(
    List<QueuedException> exceptions,
    Optional<QueueStatus> status,
    Optional<ExceptionType> type,
    Optional<String> owner,
    Instant now) {

  public ExceptionList {
    exceptions = List.copyOf(exceptions);
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(now, "now");
  }

  /** The whole queue, unfiltered. */
  public static ExceptionList of(List<QueuedException> exceptions, Instant now) {
    return new ExceptionList(exceptions, Optional.empty(), Optional.empty(), Optional.empty(), now);
  }
}
