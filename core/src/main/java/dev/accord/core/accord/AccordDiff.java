package dev.accord.core.accord;

import dev.accord.core.accord.internal.diff.CalendarDiff;
import dev.accord.core.accord.internal.diff.DecisionRightDiff;
import dev.accord.core.accord.internal.diff.DimensionDiff;
import dev.accord.core.accord.internal.diff.DuplicateRuleDiff;
import dev.accord.core.accord.internal.diff.ExceptionPolicyDiff;
import dev.accord.core.accord.internal.diff.GoalDiff;
import dev.accord.core.accord.internal.diff.GuardrailDiff;
import dev.accord.core.accord.internal.diff.HandoffDiff;
import dev.accord.core.accord.internal.diff.KpiDiff;
import dev.accord.core.accord.internal.diff.LifecycleDiff;
import dev.accord.core.accord.internal.diff.MetadataDiff;
import dev.accord.core.accord.internal.diff.PersonDiff;
import dev.accord.core.accord.internal.diff.ReasonCodeDiff;
import dev.accord.core.accord.internal.diff.RoutingDiff;
import dev.accord.core.accord.internal.diff.SentinelDiff;
import dev.accord.core.accord.internal.diff.StageRenames;
import dev.accord.core.accord.internal.diff.TeamDiff;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;

/**
 * What changed in meaning between two versions of an accord, as the reviewer of a pull request on
 * the accord file needs to read it: not which lines moved, but which stage was removed, which SLA
 * grew longer, which party lost a decision right.
 *
 * <p>The changes come area by area in the order of {@link ChangeArea}; within an area, what was
 * removed comes first in the old accord's order, then what was added or changed in the new accord's
 * order. A stage that left a pipeline while another with the same name or definition joined it
 * counts as renamed, and everything that referred to it follows it under its new id. An accord
 * compared with itself has no changes.
 */
public final class AccordDiff {

  private AccordDiff() {}

  public static List<AccordChange> between(Accord before, Accord after) {
    StageRenames renames = StageRenames.between(before, after);
    Accord renamed = renames.applyTo(before);
    List<BiFunction<Accord, Accord, List<AccordChange>>> differs =
        List.of(
            MetadataDiff::between,
            SentinelDiff::between,
            (old, current) -> LifecycleDiff.between(old, current, renames),
            ReasonCodeDiff::between,
            GuardrailDiff::between,
            TeamDiff::between,
            PersonDiff::between,
            CalendarDiff::between,
            HandoffDiff::between,
            RoutingDiff::between,
            DimensionDiff::between,
            KpiDiff::between,
            DecisionRightDiff::between,
            GoalDiff::between,
            DuplicateRuleDiff::between,
            ExceptionPolicyDiff::between);
    List<AccordChange> changes = new ArrayList<>();
    differs.forEach(differ -> changes.addAll(differ.apply(renamed, after)));
    // A stable sort: within an area, each differ's own order stands.
    changes.sort(Comparator.comparing(AccordChange::area));
    return List.copyOf(changes);
  }
}
