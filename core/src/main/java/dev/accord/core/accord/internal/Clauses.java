package dev.accord.core.accord.internal;

import dev.accord.core.routing.RoutingStrategy;
import dev.accord.core.scorecard.Formula;
import dev.accord.core.sla.EscalationStep;
import dev.accord.core.sla.EscalationTrigger;
import java.util.stream.Collectors;

/**
 * The working clauses of an accord in words: what a KPI formula counts, how a routing strategy
 * picks an owner, when an escalation step fires and what it does. The diff and the explanation both
 * say them this way.
 */
public final class Clauses {

  private Clauses() {}

  /** What a formula counts: "cohort conversion from mql to sql within 90d". */
  public static String formula(Formula formula) {
    return switch (formula) {
      case Formula.CountEntering count -> "records entering " + count.stage();
      case Formula.Conversion conversion ->
          Wording.words(conversion.method())
              + " conversion from "
              + conversion.from()
              + " to "
              + conversion.to()
              + conversion.window().map(window -> " within " + Wording.duration(window)).orElse("");
      case Formula.DurationBetween duration ->
          Wording.words(duration.statistic())
              + " time from "
              + duration.from()
              + " to "
              + duration.to();
      case Formula.SumOfField sum ->
          "sum of " + sum.field() + sum.stage().map(stage -> " in " + stage).orElse("");
      case Formula.ShareMeeting share ->
          "share of records"
              + share.stage().map(stage -> " in " + stage).orElse("")
              + " where "
              + Wording.conditions(share.where());
      case Formula.SlaCompliance compliance -> "SLA compliance of handoff " + compliance.handoff();
      case Formula.ExceptionRate ignored -> "exceptions per event processed";
      case Formula.FieldCompleteness completeness ->
          "completeness of " + Wording.list(completeness.fields());
      case Formula.WinRate winRate ->
          "win rate: "
              + winRate.won()
              + " over "
              + winRate.won()
              + " and "
              + Wording.list(winRate.lost());
      case Formula.PipelineValue pipeline ->
          "open pipeline: sum of "
              + pipeline.field()
              + " in "
              + Wording.list(pipeline.stages())
              + pipeline
                  .coverageOf()
                  .map(quota -> " as coverage of " + quota.toPlainString())
                  .orElse("");
      case Formula.SalesVelocity velocity ->
          "sales velocity from "
              + velocity.from()
              + " to "
              + velocity.won()
              + " on "
              + velocity.field();
      case Formula.SpeedToLead speed ->
          Wording.words(speed.statistic()) + " speed to lead (" + Wording.words(speed.part()) + ")";
    };
  }

  /** How a strategy picks the owner: "round robin in team sdr, skipping out of office". */
  public static String strategy(RoutingStrategy strategy) {
    return switch (strategy) {
      case RoutingStrategy.NamedOwner named -> "named owner " + named.owner();
      case RoutingStrategy.RoundRobin roundRobin ->
          "round robin in team "
              + roundRobin.team()
              + (roundRobin.skip().isEmpty()
                  ? ""
                  : ", skipping people "
                      + roundRobin.skip().stream()
                          .map(Wording::words)
                          .collect(Collectors.joining(", ")));
      case RoutingStrategy.Territory territory ->
          "territory by "
              + territory.field()
              + ": "
              + territory.areas().stream()
                  .map(area ->
                      area.name()
                          + " ("
                          + String.join(", ", area.values())
                          + ") to "
                          + area.assignee())
                  .collect(Collectors.joining("; "));
      case RoutingStrategy.AccountOwner account ->
          "account owner, matched on "
              + account.matchOn().stream().map(Wording::words).collect(Collectors.joining(", "));
    };
  }

  /** When a step fires: "at 50% of the SLA", "at breach", "1 business hour after breach". */
  public static String trigger(EscalationTrigger trigger) {
    return switch (trigger) {
      case EscalationTrigger.ShareOfSla share -> "at " + share.percent() + "% of the SLA";
      case EscalationTrigger.AfterBreach after ->
          after.delay().amount() == 0 ? "at breach" : after.delay().describe() + " after breach";
    };
  }

  /** What a step does: "remind owner", "open an exception and notify revops". */
  public static String action(EscalationStep step) {
    String recipients = String.join(", ", step.recipients());
    String verb =
        switch (step.action()) {
          case REMIND -> "remind";
          case NOTIFY -> "notify";
          case OPEN_EXCEPTION -> "open an exception";
          case REASSIGN -> "reassign";
        };
    if (recipients.isEmpty()) {
      return verb;
    }
    return switch (step.action()) {
      case REMIND, NOTIFY -> verb + " " + recipients;
      case OPEN_EXCEPTION, REASSIGN -> verb + " and notify " + recipients;
    };
  }
}
