package dev.accord.storage;

import dev.accord.core.exception.ExceptionType;
import dev.accord.core.queue.QueueStatus;
import java.util.Objects;
import java.util.Optional;

/** Which exceptions of the queue to list: by status, type and owner, each optional. */
public record QueueFilter(
    Optional<QueueStatus> status, Optional<ExceptionType> type, Optional<String> owner) {

  public QueueFilter {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(owner, "owner");
  }

  /** The whole queue. */
  public static QueueFilter all() {
    return new QueueFilter(Optional.empty(), Optional.empty(), Optional.empty());
  }
}
