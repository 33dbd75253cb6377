package dev.accord.core.sla;

import dev.accord.core.shared.Values;
import java.util.List;
import java.util.Objects;

/**
 * One rung of a handoff's escalation ladder: when it fires, what it does and who hears of it.
 *
 * @param at when the step fires
 * @param action what it does
 * @param recipients who is told: {@code owner}, {@code manager}, or team and person ids
 */
public record EscalationStep(
    EscalationTrigger at, EscalationAction action, List<String> recipients) {

  /** Recipients that are resolved from the record rather than named in the accord. */
  public static final List<String> RELATIVE_RECIPIENTS = List.of("owner", "manager");

  public EscalationStep {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(action, "action");
    recipients = Values.list(recipients);
  }
}
