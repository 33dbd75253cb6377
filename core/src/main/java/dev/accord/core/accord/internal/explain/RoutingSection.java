package dev.accord.core.accord.internal.explain;

import dev.accord.core.accord.Accord;
import dev.accord.core.accord.internal.Clauses;
import dev.accord.core.accord.internal.Wording;
import dev.accord.core.routing.Routing;
import dev.accord.core.routing.RoutingRule;

/** Who gets a record: when routing runs, its rules in the order they are tried, the fallback. */
public final class RoutingSection {

  private RoutingSection() {}

  public static void write(Accord accord, Text text) {
    text.heading("Routing");
    Routing routing = accord.routing();
    if (routing.onEntering().isEmpty() && routing.rules().isEmpty()) {
      text.line(0, "Records are not routed.");
      return;
    }
    text.line(0, "Runs when a record enters: " + Wording.list(routing.onEntering()));
    text.line(0, "Rules, tried in order; the first that matches and finds an owner wins:");
    int number = 1;
    for (RoutingRule rule : routing.rules()) {
      String when =
          rule.when().isEmpty() ? "any record" : "when " + Wording.conditions(rule.when());
      text.line(
          1,
          number++ + ". " + rule.id() + ": " + when + " -> " + Clauses.strategy(rule.strategy()));
    }
    text.line(
        0,
        "Fallback: "
            + routing
                .fallbackQueue()
                .map(team -> "the queue of " + team)
                .orElse("none; records no rule routes stay unassigned"));
  }
}
