package dev.accord.core.accord.internal.diff;

import static dev.accord.core.accord.ChangeArea.DIMENSION;
import static dev.accord.core.accord.internal.Wording.named;

import dev.accord.core.accord.Accord;
import dev.accord.core.accord.AccordChange;
import dev.accord.core.accord.internal.Wording;
import dev.accord.core.scorecard.Dimension;
import java.util.List;

/** The ways KPIs may be broken down, and where each takes its values from. */
public final class DimensionDiff {

  private DimensionDiff() {}

  public static List<AccordChange> between(Accord before, Accord after) {
    ChangeList changes = new ChangeList();
    Counterparts.walk(
        before.dimensions(),
        after.dimensions(),
        Dimension::id,
        gone ->
            about(changes, gone)
                .removed(
                    source(gone.source()),
                    "Dimension " + named(gone.id(), gone.label()) + " was removed."),
        fresh ->
            about(changes, fresh)
                .added(
                    source(fresh.source()),
                    "Dimension "
                        + named(fresh.id(), fresh.label())
                        + " was added, reading "
                        + source(fresh.source())
                        + "."),
        (was, now) -> {
          String thing = "Dimension `" + now.id() + "`";
          ChangeList.Subject dimension = about(changes, now);
          dimension.ifRenamed(was.label(), now.label(), thing);
          dimension.ifChanged(
              was.source(),
              now.source(),
              DimensionDiff::source,
              (old, current) -> thing + " now reads " + current + " (was " + old + ").");
          dimension.ifChanged(
              was.ignoreCase(),
              now.ignoreCase(),
              DimensionDiff::caseRule,
              (old, current) -> thing + " now " + current + " (it " + old + ").");
        });
    return changes.toList();
  }

  private static ChangeList.Subject about(ChangeList changes, Dimension dimension) {
    return changes.about(DIMENSION, "dimension " + dimension.id());
  }

  private static String caseRule(boolean ignoreCase) {
    return ignoreCase
        ? "counts values that differ only in case as one key"
        : "keeps values that differ only in case apart";
  }

  private static String source(Dimension.Source source) {
    return switch (source) {
      case Dimension.FieldValue field -> "field " + field.field();
      case Dimension.Builtin builtin -> "built-in " + Wording.key(builtin.kind());
    };
  }
}
