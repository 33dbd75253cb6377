package dev.accord.yaml;

import static dev.accord.yaml.YamlWriterScalars.word;

import dev.accord.core.governance.Contribution;
import dev.accord.core.governance.DecisionRight;
import dev.accord.core.governance.Goal;
import dev.accord.core.scorecard.Dimension;
import dev.accord.core.scorecard.Formula;
import dev.accord.core.scorecard.Kpi;
import dev.accord.core.scorecard.Target;
import java.util.Map;

/**
 * Writes the shared scorecard and how it is governed: dimensions, KPIs with their formulas and
 * targets, decision rights and goals.
 */
final class YamlScorecardWriter {

  private YamlScorecardWriter() {}

  /**
   * A dimension names exactly one source: a {@code field} or a {@code builtin}. {@code ignore_case}
   * is written only when it is set, and only for a field, the one source it applies to.
   */
  static Map<String, Object> dimension(Dimension dimension) {
    YamlWriterMapping mapping =
        new YamlWriterMapping().put("id", dimension.id()).put("label", dimension.label());
    return switch (dimension.source()) {
      case Dimension.FieldValue field ->
          mapping
              .put("field", field.field())
              .putIf(dimension.ignoreCase(), "ignore_case", true)
              .toMap();
      case Dimension.Builtin builtin -> mapping.put("builtin", word(builtin.kind())).toMap();
    };
  }

  static Map<String, Object> kpi(Kpi kpi) {
    return new YamlWriterMapping()
        .put("id", kpi.id())
        .put("name", kpi.name())
        .put("description", kpi.description())
        .put("kind", word(kpi.kind()))
        .put("owner", kpi.owner())
        .putIfPresent("object", kpi.object())
        .putUnlessEmpty("unit", kpi.unit())
        .putUnlessEmpty("dimensions", kpi.dimensions())
        .putUnlessEmpty("feeds", kpi.feeds())
        .put("formula", formula(kpi.formula()))
        .putIfPresent("target", kpi.target().map(YamlScorecardWriter::target))
        .toMap();
  }

  static Map<String, Object> decisionRight(DecisionRight right) {
    return new YamlWriterMapping()
        .put("domain", word(right.domain()))
        .putUnlessEmpty("propose", right.propose())
        .putUnlessEmpty("approve", right.approve())
        .putUnlessEmpty("consult", right.consult())
        .putUnlessEmpty("inform", right.inform())
        .toMap();
  }

  static Map<String, Object> goal(Goal goal) {
    return new YamlWriterMapping()
        .put("id", goal.id())
        .put("name", goal.name())
        .put("kpi", goal.kpi())
        .putIfPresent("baseline", goal.baseline())
        .put("target", goal.target())
        .put("due", goal.due())
        .putEach("contributions", goal.contributions(), YamlScorecardWriter::contribution)
        .toMap();
  }

  /** The formula's {@code type} first, then the keys of that type. */
  private static Map<String, Object> formula(Formula formula) {
    YamlWriterMapping mapping = new YamlWriterMapping();
    return switch (formula) {
      case Formula.CountEntering count ->
          mapping.put("type", "count_entering").put("stage", count.stage()).toMap();
      case Formula.Conversion conversion ->
          mapping
              .put("type", "conversion")
              .put("from", conversion.from())
              .put("to", conversion.to())
              .put("method", word(conversion.method()))
              .putIfPresent("window", conversion.window().map(YamlWriterScalars::duration))
              .toMap();
      case Formula.DurationBetween duration ->
          mapping
              .put("type", "duration")
              .put("from", duration.from())
              .put("to", duration.to())
              .put("statistic", word(duration.statistic()))
              .toMap();
      case Formula.SumOfField sum ->
          mapping
              .put("type", "sum")
              .put("field", sum.field())
              .putIfPresent("stage", sum.stage())
              .toMap();
      case Formula.ShareMeeting share ->
          mapping
              .put("type", "share")
              .putEach("where", share.where(), YamlLifecycleWriter::condition)
              .putIfPresent("stage", share.stage())
              .toMap();
      case Formula.SlaCompliance compliance ->
          mapping.put("type", "sla_compliance").put("handoff", compliance.handoff()).toMap();
      case Formula.ExceptionRate ignored -> mapping.put("type", "exception_rate").toMap();
      case Formula.FieldCompleteness completeness ->
          mapping.put("type", "field_completeness").put("fields", completeness.fields()).toMap();
      case Formula.WinRate winRate ->
          mapping
              .put("type", "win_rate")
              .put("won", winRate.won())
              .put("lost", winRate.lost())
              .toMap();
      case Formula.PipelineValue pipeline ->
          mapping
              .put("type", "pipeline")
              .put("field", pipeline.field())
              .put("stages", pipeline.stages())
              .putIfPresent("coverage_of", pipeline.coverageOf())
              .toMap();
      case Formula.SalesVelocity velocity ->
          mapping
              .put("type", "velocity")
              .put("from", velocity.from())
              .put("won", velocity.won())
              .put("lost", velocity.lost())
              .put("field", velocity.field())
              .toMap();
      case Formula.SpeedToLead speed ->
          mapping
              .put("type", "speed_to_lead")
              .put("part", word(speed.part()))
              .put("statistic", word(speed.statistic()))
              .toMap();
    };
  }

  private static Map<String, Object> target(Target target) {
    return new YamlWriterMapping()
        .put("value", target.value())
        .put("better", word(target.better()))
        .put("green", target.green())
        .put("amber", target.amber())
        .toMap();
  }

  private static Map<String, Object> contribution(Contribution contribution) {
    return new YamlWriterMapping()
        .put("team", contribution.team())
        .put("kpi", contribution.kpi())
        .put("target", contribution.target())
        .toMap();
  }
}
