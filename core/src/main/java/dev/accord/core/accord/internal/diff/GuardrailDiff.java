package dev.accord.core.accord.internal.diff;

import static dev.accord.core.accord.ChangeArea.GUARDRAIL;

import dev.accord.core.accord.Accord;
import dev.accord.core.accord.AccordChange;
import dev.accord.core.accord.internal.Wording;
import dev.accord.core.lifecycle.Enforcement;
import dev.accord.core.lifecycle.Guardrails;
import java.util.List;

/** How strictly the lifecycle is enforced: which breaches are blocked and which only flagged. */
public final class GuardrailDiff {

  private GuardrailDiff() {}

  public static List<AccordChange> between(Accord before, Accord after) {
    ChangeList changes = new ChangeList();
    Guardrails was = before.guardrails();
    Guardrails now = after.guardrails();
    enforcement(
        changes,
        "transition_allowed",
        "A move that no transition allows",
        was.transitionAllowed(),
        now.transitionAllowed());
    enforcement(
        changes,
        "required_fields",
        "Entering a stage without its required fields",
        was.requiredFields(),
        now.requiredFields());
    enforcement(
        changes,
        "reason_code",
        "A move without the reason code it requires",
        was.reasonCode(),
        now.reasonCode());
    enforcement(
        changes,
        "event_order",
        "An event older than the record's latest, beyond the reorder window,",
        was.eventOrder(),
        now.eventOrder());
    changes
        .about(GUARDRAIL, "guardrail reorder_window")
        .ifChanged(
            was.reorderWindow(),
            now.reorderWindow(),
            Wording::duration,
            (old, current) -> "The reorder window changed from " + old + " to " + current + ".");
    return changes.toList();
  }

  private static void enforcement(
      ChangeList changes, String key, String breach, Enforcement before, Enforcement after) {
    changes
        .about(GUARDRAIL, "guardrail " + key)
        .ifChanged(
            before,
            after,
            Wording::key,
            (was, now) -> breach + " is now " + outcome(after) + " (was " + outcome(before) + ").");
  }

  private static String outcome(Enforcement enforcement) {
    return switch (enforcement) {
      case BLOCK -> "blocked";
      case FLAG -> "flagged";
    };
  }
}
