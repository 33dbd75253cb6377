package dev.accord.core.accord.internal.diff;

import static dev.accord.core.accord.ChangeArea.KPI;
import static dev.accord.core.accord.internal.Wording.named;

import dev.accord.core.accord.Accord;
import dev.accord.core.accord.AccordChange;
import dev.accord.core.accord.internal.Clauses;
import dev.accord.core.accord.internal.Wording;
import dev.accord.core.scorecard.Kpi;
import java.util.HashSet;
import java.util.List;

/**
 * The KPIs of the shared scorecard: what each computes, who owns it, how it may be broken down,
 * which outcomes it feeds, and its target.
 */
public final class KpiDiff {

  private KpiDiff() {}

  public static List<AccordChange> between(Accord before, Accord after) {
    ChangeList changes = new ChangeList();
    Counterparts.walk(
        before.kpis(),
        after.kpis(),
        Kpi::id,
        gone ->
            about(changes, gone)
                .removed(
                    gone.displayName(), "KPI " + named(gone.id(), gone.name()) + " was removed."),
        fresh ->
            about(changes, fresh)
                .added(
                    fresh.displayName(),
                    "KPI "
                        + named(fresh.id(), fresh.name())
                        + " was added: "
                        + Clauses.formula(fresh.formula())
                        + ", owned by `"
                        + fresh.owner()
                        + "`."),
        (was, now) -> {
          ChangeList.Subject kpi = about(changes, now);
          kept(kpi, was, now);
          TargetChange.between(kpi, now.id(), was.target(), now.target());
        });
    return changes.toList();
  }

  private static ChangeList.Subject about(ChangeList changes, Kpi kpi) {
    return changes.about(KPI, "kpi " + kpi.id());
  }

  private static void kept(ChangeList.Subject kpi, Kpi before, Kpi after) {
    String thing = "KPI `" + after.id() + "`";
    kpi.ifRenamed(before.name(), after.name(), thing);
    kpi.ifChanged(
        before.description(),
        after.description(),
        Wording::shortText,
        (was, now) -> "The description of KPI `" + after.id() + "` changed.");
    kpi.ifChanged(
        before.kind(),
        after.kind(),
        Wording::key,
        (was, now) -> thing + " is now an " + now + " KPI (was " + was + ").");
    kpi.ifChanged(
        before.owner(),
        after.owner(),
        owner -> owner,
        (was, now) -> thing + " is now owned by `" + now + "` (was `" + was + "`).");
    kpi.ifChanged(
        before.object().orElse(""),
        after.object().orElse(""),
        object -> object,
        (was, now) ->
            thing + " now counts records of " + object(now) + " (was " + object(was) + ").");
    kpi.ifChanged(
        before.formula(),
        after.formula(),
        Clauses::formula,
        (was, now) -> thing + " now computes the " + now + " (was the " + was + ").");
    kpi.ifChanged(
        before.unit(),
        after.unit(),
        unit -> unit,
        (was, now) ->
            "The unit of KPI `"
                + after.id()
                + "` changed from "
                + (was.isBlank() ? "none" : was)
                + " to "
                + (now.isBlank() ? "none" : now)
                + ".");
    if (!new HashSet<>(before.dimensions()).equals(new HashSet<>(after.dimensions()))) {
      kpi.changed(
          String.join(", ", before.dimensions()),
          String.join(", ", after.dimensions()),
          after.dimensions().isEmpty()
              ? thing + " can no longer be broken down."
              : thing + " can now be broken down by " + Wording.list(after.dimensions()) + ".");
    }
    if (!new HashSet<>(before.feeds()).equals(new HashSet<>(after.feeds()))) {
      kpi.changed(
          String.join(", ", before.feeds()),
          String.join(", ", after.feeds()),
          after.feeds().isEmpty()
              ? thing + " no longer feeds any KPI."
              : thing + " now feeds " + Wording.list(after.feeds()) + ".");
    }
  }

  private static String object(String object) {
    return object.isBlank() ? "the default object" : "object `" + object + "`";
  }
}
