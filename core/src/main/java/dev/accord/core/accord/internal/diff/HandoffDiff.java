package dev.accord.core.accord.internal.diff;

import static dev.accord.core.accord.ChangeArea.REQUIRED_FIELD;
import static dev.accord.core.accord.ChangeArea.SLA;
import static dev.accord.core.accord.internal.Wording.named;

import dev.accord.core.accord.Accord;
import dev.accord.core.accord.AccordChange;
import dev.accord.core.accord.internal.Wording;
import dev.accord.core.calendar.BusinessDuration;
import dev.accord.core.sla.Handoff;
import java.util.List;

/**
 * The handoff contract, clause by clause: who owns each handoff, how long they have on which
 * calendar, what starts and stops the clock, and what must come with the record.
 */
public final class HandoffDiff {

  private HandoffDiff() {}

  public static List<AccordChange> between(Accord before, Accord after) {
    ChangeList changes = new ChangeList();
    Counterparts.walk(
        before.handoffs(),
        after.handoffs(),
        Handoff::id,
        gone ->
            about(changes, gone)
                .removed(
                    gone.sla().toString(),
                    "Handoff " + named(gone.id(), gone.name()) + " was removed."),
        fresh ->
            about(changes, fresh)
                .added(
                    fresh.sla().toString(),
                    "Handoff "
                        + named(fresh.id(), fresh.name())
                        + " was added: "
                        + path(fresh)
                        + ", owned by `"
                        + fresh.owner()
                        + "` within "
                        + fresh.sla().describe()
                        + "."),
        (was, now) -> {
          kept(about(changes, now), was, now);
          requiredFields(changes, was, now);
          changes.addAll(EscalationDiff.between(was, now));
        });
    return changes.toList();
  }

  private static ChangeList.Subject about(ChangeList changes, Handoff handoff) {
    return changes.about(SLA, "handoff " + handoff.id());
  }

  private static String path(Handoff handoff) {
    return handoff.from() + " -> " + handoff.to();
  }

  private static void kept(ChangeList.Subject handoff, Handoff before, Handoff after) {
    String thing = "Handoff `" + after.id() + "`";
    String sla = "The SLA of handoff `" + after.id() + "`";
    handoff.ifRenamed(before.name(), after.name(), thing);
    handoff.ifChanged(
        path(before),
        path(after),
        path -> path,
        (was, now) -> thing + " now covers " + now + " (was " + was + ").");
    handoff.ifChanged(
        before.owner(),
        after.owner(),
        owner -> owner,
        (was, now) -> thing + " is now owned by `" + now + "` (was `" + was + "`).");
    handoff.ifChanged(
        before.sla(),
        after.sla(),
        BusinessDuration::toString,
        (was, now) ->
            sla
                + " changed from "
                + before.sla().describe()
                + " to "
                + after.sla().describe()
                + " ("
                + comparison(before.sla(), after.sla())
                + ").");
    handoff.ifChanged(
        before.calendar(),
        after.calendar(),
        calendar -> calendar,
        (was, now) -> sla + " now runs on calendar `" + now + "` (was `" + was + "`).");
    handoff.ifChanged(
        before.startsOn(),
        after.startsOn(),
        Wording::key,
        (was, now) ->
            "The SLA clock of handoff `"
                + after.id()
                + "` now starts on "
                + Wording.words(after.startsOn())
                + " (was "
                + Wording.words(before.startsOn())
                + ").");
    handoff.ifChanged(
        before.metBy(),
        after.metBy(),
        Wording::key,
        (was, now) ->
            sla
                + " is now met by "
                + Wording.words(after.metBy())
                + " (was "
                + Wording.words(before.metBy())
                + ").");
    if (!Delta.of(before.pauseIn(), after.pauseIn()).isEmpty()) {
      handoff.changed(
          String.join(", ", before.pauseIn()),
          String.join(", ", after.pauseIn()),
          after.pauseIn().isEmpty()
              ? sla + " no longer pauses in any stage."
              : sla + " now pauses in " + Wording.list(after.pauseIn()) + ".");
    }
    handoff.ifChanged(
        before.restartOnActivity(),
        after.restartOnActivity(),
        String::valueOf,
        (was, now) ->
            "Activity on the record "
                + (after.restartOnActivity() ? "now restarts" : "no longer restarts")
                + " the SLA clock of handoff `"
                + after.id()
                + "`.");
  }

  /** Whether the new duration is longer, shorter or the same length, by nominal minutes. */
  static String comparison(BusinessDuration before, BusinessDuration after) {
    int comparison = Long.compare(after.nominalMinutes(), before.nominalMinutes());
    return comparison > 0 ? "longer" : comparison < 0 ? "shorter" : "the same length";
  }

  private static void requiredFields(ChangeList changes, Handoff before, Handoff after) {
    String thing = "Handoff `" + after.id() + "`";
    Delta<String> delta = Delta.of(before.requiredFields(), after.requiredFields());
    delta
        .removed()
        .forEach(field ->
            requirement(changes, after, field)
                .removed(
                    "required", thing + " no longer requires field `" + field + "` at handover."));
    delta
        .added()
        .forEach(field ->
            requirement(changes, after, field)
                .added("required", thing + " now requires field `" + field + "` at handover."));
  }

  private static ChangeList.Subject requirement(ChangeList changes, Handoff handoff, String field) {
    return changes.about(REQUIRED_FIELD, "field " + field + " for handoff " + handoff.id());
  }
}
