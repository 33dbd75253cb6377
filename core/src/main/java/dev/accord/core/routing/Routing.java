package dev.accord.core.routing;

import dev.accord.core.shared.Values;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who gets a record when it enters a routed stage: the ordered rules, and the queue that takes
 * whatever no rule can place.
 *
 * @param onEntering the stages whose entry triggers routing
 * @param rules the rules, tried in order
 * @param fallbackQueue the team whose queue takes records no rule routes
 */
public record Routing(
    List<String> onEntering, List<RoutingRule> rules, Optional<String> fallbackQueue) {

  public Routing {
    onEntering = Values.list(onEntering);
    rules = Values.list(rules);
    Objects.requireNonNull(fallbackQueue, "fallbackQueue");
  }

  /** An accord that routes nothing. */
  public static Routing none() {
    return new Routing(List.of(), List.of(), Optional.empty());
  }
}
