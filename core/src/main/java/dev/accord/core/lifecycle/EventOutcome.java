package dev.accord.core.lifecycle;

import dev.accord.core.exception.ExceptionCase;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What applying one event did: the verdict, the record's state afterwards, and the exceptions the
 * event raised. A rejected event leaves the state as it was, yet its exceptions are still returned
 * so that nothing the accord objects to goes unseen.
 *
 * @param verdict accepted, flagged or rejected
 * @param state the record's state after the event; empty while the record does not exist
 * @param exceptions the exceptions raised, in the order the rules were checked
 */
public record EventOutcome(
    Verdict verdict, Optional<RecordState> state, List<ExceptionCase> exceptions) {

  public EventOutcome {
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(state, "state");
    exceptions = List.copyOf(exceptions);
  }
}
