package dev.accord.generator;

import dev.accord.core.exception.ExceptionType;
import dev.accord.core.lifecycle.Transition;
import dev.accord.core.lifecycle.TransitionKind;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * A move a story decides on: the stage entered, the kind of transition, the reason code given, and
 * the guardrail it is planted to break, if any.
 */
record Move(
    String target, TransitionKind kind, Optional<String> reason, Optional<ExceptionType> breach) {

  private static final String DUPLICATE = "duplicate";

  /**
   * The move a transition allows, with one of its reason codes. A planted duplicate that leaves by
   * a path accepting {@code duplicate} is mostly caught as one; other records never are.
   */
  static Move by(Transition transition, boolean duplicate, SplittableRandom random) {
    List<String> codes = transition.reasonCodes();
    Optional<String> reason;
    if (codes.isEmpty()) {
      reason = Optional.empty();
    } else if (duplicate && codes.contains(DUPLICATE) && random.nextDouble() < 0.7) {
      reason = Optional.of(DUPLICATE);
    } else {
      List<String> others = codes.stream().filter(code -> !code.equals(DUPLICATE)).toList();
      List<String> pool = others.isEmpty() ? codes : others;
      reason = Optional.of(pool.get(random.nextInt(pool.size())));
    }
    return new Move(transition.to(), transition.kind(), reason, Optional.empty());
  }

  /** The same move made without its reason code, to break the reason-code guardrail. */
  Move withoutReason() {
    return new Move(target, kind, Optional.empty(), Optional.of(ExceptionType.MISSING_REASON_CODE));
  }

  /** A move to a stage no transition allows, skipping the one between. */
  static Move skippingTo(String target) {
    return new Move(
        target,
        TransitionKind.FORWARD,
        Optional.empty(),
        Optional.of(ExceptionType.INVALID_TRANSITION));
  }
}
