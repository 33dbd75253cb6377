package dev.accord.core.accord.internal.diff;

import static dev.accord.core.accord.ChangeArea.ROUTING;

import dev.accord.core.accord.Accord;
import dev.accord.core.accord.AccordChange;
import dev.accord.core.accord.internal.Clauses;
import dev.accord.core.accord.internal.Wording;
import dev.accord.core.routing.Routing;
import dev.accord.core.routing.RoutingRule;
import java.util.List;

/**
 * Who gets a record: the stages that trigger routing, the queue of last resort, and the rules in
 * the order they are tried, since moving a rule up changes who gets what as surely as editing it.
 */
public final class RoutingDiff {

  private RoutingDiff() {}

  public static List<AccordChange> between(Accord before, Accord after) {
    ChangeList changes = new ChangeList();
    Routing was = before.routing();
    Routing now = after.routing();
    Delta<String> triggers = Delta.of(was.onEntering(), now.onEntering());
    triggers
        .removed()
        .forEach(stage ->
            changes
                .about(ROUTING, "routing trigger " + stage)
                .removed(stage, "Records entering `" + stage + "` are no longer routed."));
    triggers
        .added()
        .forEach(stage ->
            changes
                .about(ROUTING, "routing trigger " + stage)
                .added(stage, "Records entering `" + stage + "` are now routed."));
    changes
        .about(ROUTING, "routing fallback")
        .ifChangedReference(
            was.fallbackQueue(),
            now.fallbackQueue(),
            "Records no rule routes now go to the queue of ",
            "Records no rule routes no longer go to a fallback queue.");
    Counterparts.reordering(was.rules(), now.rules(), RoutingRule::id)
        .ifPresent(order ->
            changes
                .about(ROUTING, "routing rules")
                .changed(
                    String.join(", ", order.before()),
                    String.join(", ", order.after()),
                    "Routing rules are now tried in the order "
                        + String.join(", ", order.after())
                        + " (were "
                        + String.join(", ", order.before())
                        + ")."));
    Counterparts.walk(
        was.rules(),
        now.rules(),
        RoutingRule::id,
        gone ->
            about(changes, gone)
                .removed(
                    Clauses.strategy(gone.strategy()),
                    "Routing rule `" + gone.id() + "` was removed."),
        fresh ->
            about(changes, fresh)
                .added(
                    Clauses.strategy(fresh.strategy()),
                    "Routing rule `"
                        + fresh.id()
                        + "` was added at position "
                        + (now.rules().indexOf(fresh) + 1)
                        + ": "
                        + when(fresh)
                        + ", "
                        + Clauses.strategy(fresh.strategy())
                        + "."),
        (old, current) -> kept(about(changes, current), old, current));
    return changes.toList();
  }

  private static ChangeList.Subject about(ChangeList changes, RoutingRule rule) {
    return changes.about(ROUTING, "routing rule " + rule.id());
  }

  private static String when(RoutingRule rule) {
    return rule.when().isEmpty() ? "for every record" : "when " + Wording.conditions(rule.when());
  }

  private static void kept(ChangeList.Subject rule, RoutingRule before, RoutingRule after) {
    String thing = "Routing rule `" + after.id() + "`";
    rule.ifChanged(
        before.when(),
        after.when(),
        Wording::conditions,
        (was, now) -> thing + " now applies " + when(after) + " (was " + when(before) + ").");
    rule.ifChanged(
        before.strategy(),
        after.strategy(),
        Clauses::strategy,
        (was, now) -> thing + " now assigns by " + now + " (was " + was + ").");
  }
}
