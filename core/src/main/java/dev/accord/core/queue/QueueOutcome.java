package dev.accord.core.queue;

import dev.accord.core.shared.Values;
import java.util.List;
import java.util.Objects;

/** What came of a command on a queued exception: the changed exception, or why nothing changed. */
public sealed interface QueueOutcome {

  /**
   * The command was carried out.
   *
   * @param exception the exception after it
   * @param audit the entries it added to the trail, also the last entries of {@code exception}
   * @param comment the comment it added, if any
   */
  record Changed(
      QueuedException exception, List<AuditEntry> audit, java.util.Optional<Comment> comment)
      implements QueueOutcome {
    public Changed {
      Objects.requireNonNull(exception, "exception");
      audit = Values.list(audit);
      Objects.requireNonNull(comment, "comment");
    }
  }

  /** The command was refused; the reason says why, in a sentence for the person who asked. */
  record Refused(String reason) implements QueueOutcome {
    public Refused {
      reason = Values.text(reason);
    }
  }
}
