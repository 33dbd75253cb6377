package dev.accord.core.lifecycle;

import dev.accord.core.shared.Values;
import java.util.List;
import java.util.Objects;

/**
 * An allowed move between stages. One transition may list several source stages, as a
 * disqualification path usually does.
 *
 * @param from the stages a record may leave by this transition
 * @param to the stage it enters
 * @param kind why the move happens
 * @param reasonCodes the reason codes one of which must be given; empty when none is required
 */
public record Transition(
    List<String> from, String to, TransitionKind kind, List<String> reasonCodes) {

  public Transition {
    from = Values.list(from);
    to = Values.text(to);
    Objects.requireNonNull(kind, "kind");
    reasonCodes = Values.list(reasonCodes);
  }

  /** Whether this transition lets a record move from one stage to the other. */
  public boolean allows(String fromStage, String toStage) {
    return to.equals(toStage) && from.contains(fromStage);
  }

  /** Whether a reason code must accompany the move. */
  public boolean requiresReason() {
    return !reasonCodes.isEmpty();
  }
}
