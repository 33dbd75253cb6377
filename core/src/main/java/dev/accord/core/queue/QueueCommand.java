package dev.accord.core.queue;

import dev.accord.core.shared.Values;
import java.util.Objects;
import java.util.Optional;

/** What a person asks of a queued exception; each names who asks. */
public sealed interface QueueCommand {

  String by();

  /** Give the exception to another team or person. */
  record Assign(String to, String by) implements QueueCommand {
    public Assign {
      to = Values.text(to);
      by = Values.text(by);
    }
  }

  /** Move the exception to another status without resolving it: take it on, hand it back. */
  record Move(QueueStatus to, String by) implements QueueCommand {
    public Move {
      Objects.requireNonNull(to, "to");
      by = Values.text(by);
    }
  }

  /**
   * Close the exception, resolved or won't fix, with the code that says how, and a note for the
   * record when there is one.
   */
  record Resolve(QueueStatus as, String code, Optional<String> note, String by)
      implements QueueCommand {
    public Resolve {
      Objects.requireNonNull(as, "as");
      if (!as.isClosed()) {
        throw new IllegalArgumentException("an exception is resolved as resolved or won't fix");
      }
      code = Values.text(code);
      Objects.requireNonNull(note, "note");
      by = Values.text(by);
    }
  }

  /** Leave a note on the exception. */
  record AddComment(String text, String by) implements QueueCommand {
    public AddComment {
      text = Values.text(text);
      by = Values.text(by);
    }
  }
}
