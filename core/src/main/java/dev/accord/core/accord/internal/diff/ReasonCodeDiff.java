package dev.accord.core.accord.internal.diff;

import static dev.accord.core.accord.ChangeArea.REASON_CODE;
import static dev.accord.core.accord.internal.Wording.named;

import dev.accord.core.accord.Accord;
import dev.accord.core.accord.AccordChange;
import dev.accord.core.accord.internal.Wording;
import dev.accord.core.lifecycle.ReasonCode;
import java.util.List;

/** The shared list of reasons people give for disqualifying, losing or rejecting a record. */
public final class ReasonCodeDiff {

  private ReasonCodeDiff() {}

  public static List<AccordChange> between(Accord before, Accord after) {
    ChangeList changes = new ChangeList();
    Counterparts.walk(
        before.reasonCodes(),
        after.reasonCodes(),
        ReasonCode::id,
        gone ->
            about(changes, gone)
                .removed(
                    Wording.nameOr(gone.label(), gone.id()),
                    "Reason code " + named(gone.id(), gone.label()) + " was removed."),
        fresh ->
            about(changes, fresh)
                .added(
                    Wording.nameOr(fresh.label(), fresh.id()),
                    "Reason code " + named(fresh.id(), fresh.label()) + " was added."),
        (was, now) ->
            about(changes, now)
                .ifRenamed(was.label(), now.label(), "Reason code `" + now.id() + "`"));
    return changes.toList();
  }

  private static ChangeList.Subject about(ChangeList changes, ReasonCode code) {
    return changes.about(REASON_CODE, "reason code " + code.id());
  }
}
