package dev.accord.yaml;

import static dev.accord.yaml.YamlWriterScalars.words;

import dev.accord.core.routing.Routing;
import dev.accord.core.routing.RoutingRule;
import dev.accord.core.routing.RoutingStrategy;
import dev.accord.core.routing.TerritoryArea;
import java.util.Map;

/**
 * Writes the routing table. A rule's {@code strategy} names how it picks an owner, and the keys
 * that strategy needs follow it in the same mapping.
 */
final class YamlRoutingWriter {

  private YamlRoutingWriter() {}

  static Map<String, Object> routing(Routing routing) {
    return new YamlWriterMapping()
        .put("on_entering", routing.onEntering())
        .putIfPresent("fallback_queue", routing.fallbackQueue())
        .putEach("rules", routing.rules(), YamlRoutingWriter::rule)
        .toMap();
  }

  private static Map<String, Object> rule(RoutingRule rule) {
    YamlWriterMapping mapping =
        new YamlWriterMapping()
            .put("id", rule.id())
            .putEachUnlessEmpty("when", rule.when(), YamlLifecycleWriter::condition);
    return switch (rule.strategy()) {
      case RoutingStrategy.NamedOwner named ->
          mapping.put("strategy", "named_owner").put("owner", named.owner()).toMap();
      case RoutingStrategy.RoundRobin roundRobin ->
          mapping
              .put("strategy", "round_robin")
              .put("team", roundRobin.team())
              .put("skip", words(roundRobin.skip()))
              .toMap();
      case RoutingStrategy.Territory territory ->
          mapping
              .put("strategy", "territory")
              .put("field", territory.field())
              .putEach("territories", territory.areas(), YamlRoutingWriter::area)
              .toMap();
      case RoutingStrategy.AccountOwner accountOwner ->
          mapping
              .put("strategy", "account_owner")
              .put("match_on", words(accountOwner.matchOn()))
              .toMap();
    };
  }

  private static Map<String, Object> area(TerritoryArea area) {
    return new YamlWriterMapping()
        .put("name", area.name())
        .put("values", area.values())
        .put("assignee", area.assignee())
        .toMap();
  }
}
