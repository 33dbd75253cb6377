package dev.accord.cli;

import dev.accord.core.queue.QueueOutcome;
import dev.accord.core.queue.QueuedException;
import java.util.Optional;

/** Turns what came of a command on the queue into the changed exception or the user's error. */
final class QueueOutcomes {

  private QueueOutcomes() {}

  static QueuedException changed(Optional<QueueOutcome> outcome) {
    return switch (outcome.orElseThrow()) {
      case QueueOutcome.Changed changed -> changed.exception();
      case QueueOutcome.Refused refused ->
          throw new UserError(
              "cannot do that: " + refused.reason(),
              "'accord exceptions --json' shows the exception's status and audit trail");
    };
  }
}
