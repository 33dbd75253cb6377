package dev.accord.core.routing;

import static dev.accord.core.shared.KnownIds.quote;

import dev.accord.core.field.Condition;
import dev.accord.core.field.ConditionChecks;
import dev.accord.core.lifecycle.Lifecycle;
import dev.accord.core.lifecycle.ObjectType;
import dev.accord.core.shared.Declaration;
import dev.accord.core.shared.KnownIds;
import dev.accord.core.shared.Problem;
import dev.accord.core.shared.SourcePath;
import dev.accord.core.team.Roster;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The checks on routing: it is triggered by stages that exist, its rules test fields the routed
 * records have and hand them to teams and people that exist, and something catches the records no
 * rule places.
 */
public final class RoutingChecks {

  private static final SourcePath ROUTING = SourcePath.root().key("routing");

  private RoutingChecks() {}

  public static List<Problem> check(Routing routing, Lifecycle lifecycle, Roster roster) {
    List<Problem> problems = new ArrayList<>();
    KnownIds stages = lifecycle.stageIds();
    for (int j = 0; j < routing.onEntering().size(); j++) {
      String stage = routing.onEntering().get(j);
      stages
          .unknown(
              stage,
              ROUTING.key("on_entering").index(j),
              "routing is triggered by unknown stage " + quote(stage))
          .ifPresent(problems::add);
    }
    if (!routing.rules().isEmpty() && routing.onEntering().isEmpty()) {
      problems.add(
          Problem.error(
              ROUTING.key("on_entering"),
              "routing has rules but no stage triggers them",
              "list the stages whose entry routes a record under `on_entering`"));
    }
    problems.addAll(checkFallback(routing, roster.teamIds()));
    SourcePath rules = ROUTING.key("rules");
    problems.addAll(
        Declaration.problemsAmong(
            "routing rule", Declaration.of(routing.rules(), RoutingRule::id, rules)));
    Optional<KnownIds> fields = routedFields(routing, lifecycle);
    for (int r = 0; r < routing.rules().size(); r++) {
      RoutingRule rule = routing.rules().get(r);
      SourcePath at = rules.index(r);
      String subject = "routing rule " + quote(rule.id());
      for (int c = 0; c < rule.when().size(); c++) {
        Condition condition = rule.when().get(c);
        SourcePath when = at.key("when").index(c);
        problems.addAll(
            fields
                .map(known -> ConditionChecks.check(condition, when, subject, known))
                .orElseGet(() -> ConditionChecks.checkArity(condition, when, subject)));
      }
      problems.addAll(StrategyChecks.check(rule, at, fields, roster));
    }
    return problems;
  }

  private static List<Problem> checkFallback(Routing routing, KnownIds teams) {
    if (routing.fallbackQueue().isPresent()) {
      String queue = routing.fallbackQueue().get();
      return teams
          .unknown(
              queue,
              ROUTING.key("fallback_queue"),
              "the fallback queue is unknown team " + quote(queue))
          .stream()
          .toList();
    }
    if (routing.rules().isEmpty()) {
      return List.of();
    }
    return List.of(
        Problem.warning(
            ROUTING.key("fallback_queue"),
            "routing has no fallback queue",
            "name the team whose queue takes the records no rule can route under"
                + " `fallback_queue`; without one they have nowhere to go"));
  }

  /**
   * The fields of the records routing sees: those of the objects the routed stages belong to;
   * unknown when no routed stage is known, so that conditions are not blamed for a bad trigger.
   */
  private static Optional<KnownIds> routedFields(Routing routing, Lifecycle lifecycle) {
    List<ObjectType> objects =
        routing.onEntering().stream()
            .flatMap(stage -> lifecycle.objectOf(stage).stream())
            .distinct()
            .toList();
    if (objects.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Lifecycle(objects).allFieldIds());
  }
}
