package dev.accord.core.governance;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One decision as the decision log keeps it: what was decided, by whom, when, under which right,
 * why and on what evidence.
 *
 * @param domain the kind of decision
 * @param subject what it was about, such as {@code change-request 3} or {@code backlog B-12}
 * @param outcome what was decided
 * @param decidedBy the person who decided
 * @param heldAs how they held the right: {@code person marta} or {@code team revops}
 * @param decidedAt when
 * @param rationale why, in the decider's words
 * @param evidence what the decision rests on: KPI ids, exception ids, links
 */
public record Decision(
    DecisionDomain domain,
    String subject,
    Outcome outcome,
    String decidedBy,
    String heldAs,
    Instant decidedAt,
    String rationale,
    List<String> evidence) {

  /** What a decision can come to. */
  public enum Outcome {
    APPROVED,
    REJECTED,
    /** A target or a priority set to a value, as the subject says. */
    SET
  }

  public Decision {
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(decidedBy, "decidedBy");
    Objects.requireNonNull(heldAs, "heldAs");
    Objects.requireNonNull(decidedAt, "decidedAt");
    Objects.requireNonNull(rationale, "rationale");
    evidence = List.copyOf(evidence);
  }

  /** The decision an allowed verdict makes. */
  public static Decision of(
      Verdict.Allowed verdict,
      String subject,
      Outcome outcome,
      Instant at,
      String rationale,
      List<String> evidence) {
    return new Decision(
        verdict.domain(),
        subject,
        outcome,
        verdict.personId(),
        verdict.heldAs(),
        at,
        rationale,
        evidence);
  }
}
