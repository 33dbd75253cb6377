package dev.accord.core.routing;

import static dev.accord.core.shared.KnownIds.quote;

import dev.accord.core.shared.KnownIds;
import dev.accord.core.shared.Problem;
import dev.accord.core.shared.SourcePath;
import dev.accord.core.team.Roster;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The checks on how a routing rule picks an owner: the person, team, territory field and territory
 * owners it names exist, and no value sits in two territories, where only the first would ever win.
 */
final class StrategyChecks {

  private StrategyChecks() {}

  /**
   * The problems of a rule's strategy.
   *
   * @param at the path of the rule
   * @param fields the fields of the routed records, when they are known
   */
  static List<Problem> check(
      RoutingRule rule, SourcePath at, Optional<KnownIds> fields, Roster roster) {
    String name = "routing rule " + quote(rule.id());
    return switch (rule.strategy()) {
      case RoutingStrategy.NamedOwner named ->
          roster
              .personIds()
              .unknown(
                  named.owner(),
                  at.key("owner"),
                  name + " names unknown owner " + quote(named.owner()))
              .stream()
              .toList();
      case RoutingStrategy.RoundRobin roundRobin -> checkRoundRobin(roundRobin, at, name, roster);
      case RoutingStrategy.Territory territory ->
          checkTerritory(territory, at, name, fields, roster.partyIds());
      case RoutingStrategy.AccountOwner ignored -> List.of();
    };
  }

  private static List<Problem> checkRoundRobin(
      RoutingStrategy.RoundRobin roundRobin, SourcePath at, String name, Roster roster) {
    String team = roundRobin.team();
    Optional<Problem> unknown =
        roster
            .teamIds()
            .unknown(team, at.key("team"), name + " shares records in unknown team " + quote(team));
    if (unknown.isPresent()) {
      return List.of(unknown.get());
    }
    if (!roster.hasActiveMember(team)) {
      return List.of(
          Problem.warning(
              at.key("team"),
              name + " shares records in team " + quote(team) + ", which has no active member",
              "add an active person to " + quote(team) + ", or route to another team"));
    }
    return List.of();
  }

  private static List<Problem> checkTerritory(
      RoutingStrategy.Territory territory,
      SourcePath at,
      String name,
      Optional<KnownIds> fields,
      KnownIds parties) {
    List<Problem> problems = new ArrayList<>();
    fields
        .flatMap(known ->
            known.unknown(
                territory.field(),
                at.key("field"),
                name + " splits territories on unknown field " + quote(territory.field())))
        .ifPresent(problems::add);
    Map<String, String> territoryOf = new HashMap<>();
    for (int a = 0; a < territory.areas().size(); a++) {
      TerritoryArea area = territory.areas().get(a);
      SourcePath areaAt = at.key("territories").index(a);
      parties
          .unknown(
              area.assignee(),
              areaAt.key("assignee"),
              "territory "
                  + quote(area.name())
                  + " of "
                  + name
                  + " goes to unknown team or person "
                  + quote(area.assignee()))
          .ifPresent(problems::add);
      for (int v = 0; v < area.values().size(); v++) {
        String value = area.values().get(v);
        if (!territoryOf.containsKey(value)) {
          territoryOf.put(value, area.name());
          continue;
        }
        problems.add(
            Problem.warning(
                areaAt.key("values").index(v),
                "value "
                    + quote(value)
                    + " of "
                    + name
                    + " is already in territory "
                    + quote(territoryOf.get(value)),
                "keep each value in one territory: only the first one that lists it gets"
                    + " the records"));
      }
    }
    return problems;
  }
}
