package dev.accord.yaml;

import static dev.accord.yaml.ValueFormats.TEXT;
import static dev.accord.yaml.ValueFormats.choice;
import static dev.accord.yaml.ValueFormats.word;

import dev.accord.core.field.Condition;
import dev.accord.core.routing.AccountMatch;
import dev.accord.core.routing.Routing;
import dev.accord.core.routing.RoutingRule;
import dev.accord.core.routing.RoutingStrategy;
import dev.accord.core.routing.SkipReason;
import dev.accord.core.routing.TerritoryArea;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads the routing table. A rule names its {@code strategy} and sits beside that strategy's own
 * keys, so the rule's keys depend on its strategy: a key of another strategy is a mistake worth
 * pointing out on its own.
 */
final class RoutingSection {

  /** The strategies a rule can name, each with the keys it takes. */
  private enum Strategy {
    NAMED_OWNER("owner"),
    ROUND_ROBIN("team", "skip"),
    TERRITORY("field", "territories"),
    ACCOUNT_OWNER("match_on");

    private final List<String> keys;

    Strategy(String... keys) {
      this.keys = List.of(keys);
    }
  }

  private static final List<String> ROUTING = List.of("on_entering", "fallback_queue", "rules");
  private static final List<String> RULE =
      Stream.concat(
              Stream.of("id", "when", "strategy"),
              Arrays.stream(Strategy.values()).flatMap(strategy -> strategy.keys.stream()))
          .toList();
  private static final ValueFormat<Strategy> STRATEGY = choice(Strategy.class, "routing strategy");
  private static final List<String> AREA = List.of("name", "values", "assignee");
  private static final List<AccountMatch> EVERY_MATCH = List.of(AccountMatch.values());
  private static final List<SkipReason> EVERY_SKIP = List.of(SkipReason.values());

  /** Stands in for a strategy that cannot be read; it names nobody, so it points at nothing. */
  private static final RoutingStrategy NO_STRATEGY = new RoutingStrategy.AccountOwner(EVERY_MATCH);

  private RoutingSection() {}

  static Routing routing(YamlMapping accord) {
    return accord
        .mapping("routing", ROUTING)
        .map(routing ->
            new Routing(
                routing.list("on_entering", TEXT),
                routing.mappings("rules", "this routing rule", RULE).stream()
                    .map(RoutingSection::rule)
                    .toList(),
                routing.optional("fallback_queue", TEXT)))
        .orElse(Routing.none());
  }

  private static RoutingRule rule(YamlMapping rule) {
    String id = rule.required("id", TEXT, "");
    List<Condition> when = ConditionSection.conditions(rule, "when");
    Optional<Strategy> strategy = rule.require("strategy", STRATEGY);
    strategy.ifPresent(chosen -> reportKeysOfOtherStrategies(rule, chosen));
    return new RoutingRule(
        id, when, strategy.map(chosen -> strategy(rule, chosen)).orElse(NO_STRATEGY));
  }

  private static RoutingStrategy strategy(YamlMapping rule, Strategy strategy) {
    return switch (strategy) {
      case NAMED_OWNER -> new RoutingStrategy.NamedOwner(rule.required("owner", TEXT, ""));
      case ROUND_ROBIN ->
          new RoutingStrategy.RoundRobin(
              rule.required("team", TEXT, ""),
              rule.list("skip", choice(SkipReason.class, "skip reason"), EVERY_SKIP));
      case TERRITORY ->
          new RoutingStrategy.Territory(
              rule.required("field", TEXT, ""),
              rule.requiredMappings("territories", "this territory", AREA).stream()
                  .map(area ->
                      new TerritoryArea(
                          area.get("name", TEXT, ""),
                          area.list("values", TEXT),
                          area.required("assignee", TEXT, "")))
                  .toList());
      case ACCOUNT_OWNER ->
          new RoutingStrategy.AccountOwner(
              rule.list("match_on", choice(AccountMatch.class, "account match"), EVERY_MATCH));
    };
  }

  private static void reportKeysOfOtherStrategies(YamlMapping rule, Strategy chosen) {
    for (Strategy other : Strategy.values()) {
      for (String key : other.keys) {
        if (other != chosen && !chosen.keys.contains(key) && rule.keyNode(key).isPresent()) {
          rule.reportMisplaced(
              key,
              "`" + key + "` belongs to the " + word(other) + " strategy, not to " + word(chosen),
              "a "
                  + word(chosen)
                  + " rule takes "
                  + (chosen.keys.isEmpty() ? "no other keys" : String.join(", ", chosen.keys))
                  + "; remove `"
                  + key
                  + "` or change the strategy");
        }
      }
    }
  }
}
