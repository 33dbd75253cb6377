package dev.accord.core.sla;

import static dev.accord.core.shared.KnownIds.quote;

import dev.accord.core.lifecycle.Lifecycle;
import dev.accord.core.lifecycle.Pipeline;
import dev.accord.core.lifecycle.Transition;
import dev.accord.core.shared.Declaration;
import dev.accord.core.shared.KnownIds;
import dev.accord.core.shared.Problem;
import dev.accord.core.shared.SourcePath;
import dev.accord.core.team.Roster;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks on the handoff contract: every clause guards a move the lifecycle allows, is owned by
 * a known team, runs on a known calendar for a time longer than zero, and names only stages and
 * fields that exist.
 */
public final class HandoffChecks {

  private static final SourcePath HANDOFFS = SourcePath.root().key("handoffs");

  private HandoffChecks() {}

  public static List<Problem> check(
      List<Handoff> handoffs, Lifecycle lifecycle, Roster roster, KnownIds calendars) {
    List<Problem> problems =
        new ArrayList<>(
            Declaration.problemsAmong("handoff", Declaration.of(handoffs, Handoff::id, HANDOFFS)));
    KnownIds stages = lifecycle.stageIds();
    KnownIds teams = roster.teamIds();
    for (int i = 0; i < handoffs.size(); i++) {
      Handoff handoff = handoffs.get(i);
      SourcePath at = HANDOFFS.index(i);
      String name = "handoff " + quote(handoff.id());
      stages
          .unknown(
              handoff.from(),
              at.key("from"),
              name + " starts from unknown stage " + quote(handoff.from()))
          .ifPresent(problems::add);
      stages
          .unknown(
              handoff.to(), at.key("to"), name + " leads to unknown stage " + quote(handoff.to()))
          .ifPresent(problems::add);
      if (stages.contains(handoff.from())
          && stages.contains(handoff.to())
          && !lifecycle.allows(handoff.from(), handoff.to())) {
        problems.add(
            Problem.error(
                at.key("to"),
                name
                    + " puts an SLA on "
                    + quote(handoff.from())
                    + " -> "
                    + quote(handoff.to())
                    + ", a handoff that is not a transition",
                "add that transition to the pipeline, or hand over to a stage "
                    + quote(handoff.from())
                    + " may move to: "
                    + String.join(", ", targetsOf(handoff.from(), lifecycle))));
      }
      teams
          .unknown(
              handoff.owner(),
              at.key("owner"),
              name + " is owned by unknown team " + quote(handoff.owner()))
          .ifPresent(problems::add);
      calendars
          .unknown(
              handoff.calendar(),
              at.key("calendar"),
              name + " runs on unknown calendar " + quote(handoff.calendar()))
          .ifPresent(problems::add);
      if (handoff.sla().amount() == 0) {
        problems.add(
            Problem.error(
                at.key("sla"),
                name + " has an SLA of zero",
                "give the owner some business time to act, such as `15m` or `4h`"));
      }
      for (int j = 0; j < handoff.pauseIn().size(); j++) {
        String stage = handoff.pauseIn().get(j);
        stages
            .unknown(
                stage,
                at.key("pause_in").index(j),
                name + " pauses in unknown stage " + quote(stage))
            .ifPresent(problems::add);
      }
      problems.addAll(checkRequiredFields(handoff, at, lifecycle));
      problems.addAll(EscalationChecks.check(handoff, at.key("escalation"), roster.partyIds()));
    }
    return problems;
  }

  /** The fields a handoff requires must be fields of the records it hands over. */
  private static List<Problem> checkRequiredFields(
      Handoff handoff, SourcePath at, Lifecycle lifecycle) {
    return lifecycle
        .objectOf(handoff.from())
        .map(Lifecycle::fieldIds)
        .map(fields -> {
          List<Problem> problems = new ArrayList<>();
          for (int j = 0; j < handoff.requiredFields().size(); j++) {
            String field = handoff.requiredFields().get(j);
            fields
                .unknown(
                    field,
                    at.key("required_fields").index(j),
                    "handoff "
                        + quote(handoff.id())
                        + " requires unknown field "
                        + quote(field)
                        + " of the records in "
                        + quote(handoff.from()))
                .ifPresent(problems::add);
          }
          return problems;
        })
        .orElse(List.of());
  }

  private static List<String> targetsOf(String from, Lifecycle lifecycle) {
    List<String> targets =
        lifecycle.pipelineOf(from).map(Pipeline::transitions).orElse(List.of()).stream()
            .filter(transition -> transition.from().contains(from))
            .map(Transition::to)
            .distinct()
            .map(KnownIds::quote)
            .toList();
    return targets.isEmpty() ? List.of("none, it is a dead end") : targets;
  }
}
