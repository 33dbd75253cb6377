package dev.accord.dashboard;

import dev.accord.core.governance.DecisionDomain;
import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the decision log: what was decided, in which domain of the accord's decision rights,
 * by whom and why.
 *
 * @param at when it was decided
 * @param domain the kind of decision
 * @param title what was decided, in a line
 * @param decidedBy who approved it
 * @param outcome approved, rejected, deferred..., in the server's words
 * @param rationale why, in a sentence or two; empty when none was given
 */
public record Decision(
    Instant at,
    DecisionDomain domain,
    String title,
    String decidedBy,
    String outcome,
    String rationale) {

  public Decision {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(decidedBy, "decidedBy");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(rationale, "rationale");
  }
}
