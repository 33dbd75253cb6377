package dev.accord.core.lifecycle;

import dev.accord.core.exception.ExceptionCase;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The exceptions one event raises while the rules are checked, and whether any of them is declared
 * {@code block}. One event, one instance: it is filled as the checks run and then turned into the
 * event's outcome.
 */
final class Breaches {

  private List<ExceptionCase> raised = List.of();
  private boolean blocking;

  /** A breach of a guardrail, blocking or flagging as the accord declares. */
  void add(ExceptionCase breach, Enforcement enforcement) {
    note(breach);
    blocking |= enforcement == Enforcement.BLOCK;
  }

  /** A finding about the data itself: always reported, never a reason to refuse the event. */
  void note(ExceptionCase finding) {
    if (raised.isEmpty()) {
      raised = new ArrayList<>(2);
    }
    raised.add(finding);
  }

  boolean blocking() {
    return blocking;
  }

  /** The outcome when a blocking breach keeps the record as it was. */
  EventOutcome rejected(Optional<RecordState> unchanged) {
    return new EventOutcome(Verdict.REJECTED, unchanged, raised);
  }

  /** The outcome when the event went through, flagged if it raised anything. */
  EventOutcome applied(RecordState next) {
    Verdict verdict = raised.isEmpty() ? Verdict.ACCEPTED : Verdict.FLAGGED;
    return new EventOutcome(verdict, Optional.of(next), raised);
  }
}
