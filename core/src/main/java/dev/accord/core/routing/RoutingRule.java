package dev.accord.core.routing;

import dev.accord.core.field.Condition;
import dev.accord.core.shared.Values;
import java.util.List;
import java.util.Objects;

/**
 * One rule of the routing table: when a record meets all its conditions, the strategy picks its
 * owner. Rules are tried in order; the first that matches and finds an owner wins.
 */
public record RoutingRule(String id, List<Condition> when, RoutingStrategy strategy) {

  public RoutingRule {
    id = Values.text(id);
    when = Values.list(when);
    Objects.requireNonNull(strategy, "strategy");
  }
}
