package dev.accord.core.accord.internal.diff;

import static dev.accord.core.accord.ChangeArea.ESCALATION;

import dev.accord.core.accord.AccordChange;
import dev.accord.core.accord.internal.Clauses;
import dev.accord.core.sla.EscalationStep;
import dev.accord.core.sla.Handoff;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The escalation ladder of one handoff, compared rung by rung. Rungs are paired by when they fire,
 * since that is what identifies a rung to the people on the ladder.
 */
final class EscalationDiff {

  /** A rung with its moment, such as {@code 50%} or {@code breach+1h}, made unique. */
  private record Rung(String key, EscalationStep step) {
    String action() {
      return Clauses.action(step);
    }

    String when() {
      return Clauses.trigger(step.at());
    }
  }

  private EscalationDiff() {}

  static List<AccordChange> between(Handoff before, Handoff after) {
    ChangeList changes = new ChangeList();
    Counterparts.walk(
        rungs(before),
        rungs(after),
        Rung::key,
        gone ->
            about(changes, after, gone)
                .removed(
                    gone.action(),
                    "Handoff `"
                        + after.id()
                        + "` no longer escalates "
                        + gone.when()
                        + " (it would "
                        + gone.action()
                        + ")."),
        fresh ->
            about(changes, after, fresh)
                .added(
                    fresh.action(),
                    "Handoff `"
                        + after.id()
                        + "` now escalates "
                        + fresh.when()
                        + ": "
                        + fresh.action()
                        + "."),
        (was, now) ->
            about(changes, after, now)
                .ifChanged(
                    was.action(),
                    now.action(),
                    action -> action,
                    (old, current) ->
                        "Handoff `"
                            + after.id()
                            + "` now escalates "
                            + now.when()
                            + ": "
                            + current
                            + " (was: "
                            + old
                            + ")."));
    return changes.toList();
  }

  private static List<Rung> rungs(Handoff handoff) {
    Map<String, Integer> seen = new HashMap<>();
    return handoff.escalation().stream()
        .map(step -> {
          String at = step.at().toString();
          int occurrence = seen.merge(at, 1, Integer::sum);
          return new Rung(occurrence == 1 ? at : at + "#" + occurrence, step);
        })
        .toList();
  }

  private static ChangeList.Subject about(ChangeList changes, Handoff handoff, Rung rung) {
    return changes.about(ESCALATION, "escalation " + handoff.id() + " at " + rung.key());
  }
}
