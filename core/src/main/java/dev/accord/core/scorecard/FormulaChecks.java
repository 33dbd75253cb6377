package dev.accord.core.scorecard;

import static dev.accord.core.shared.KnownIds.quote;

import dev.accord.core.field.Condition;
import dev.accord.core.field.ConditionChecks;
import dev.accord.core.lifecycle.Lifecycle;
import dev.accord.core.lifecycle.ObjectType;
import dev.accord.core.shared.KnownIds;
import dev.accord.core.shared.Problem;
import dev.accord.core.shared.SourcePath;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The checks on what a KPI computes: the stages, fields and handoff its formula names exist, and a
 * conversion or duration runs between two different stages. Fields are those of the KPI's object:
 * the one it names, or else the object of the formula's stages, or else the first object.
 */
final class FormulaChecks {

  private final Kpi kpi;
  private final SourcePath path;
  private final KnownIds stages;
  private final Optional<KnownIds> fields;
  private final List<Problem> problems = new ArrayList<>();

  private FormulaChecks(Kpi kpi, SourcePath path, Lifecycle lifecycle) {
    this.kpi = kpi;
    this.path = path;
    this.stages = lifecycle.stageIds();
    this.fields = objectOf(kpi, lifecycle).map(Lifecycle::fieldIds);
  }

  /**
   * The problems of a KPI's formula.
   *
   * @param path the path of the formula
   */
  static List<Problem> check(Kpi kpi, SourcePath path, Lifecycle lifecycle, KnownIds handoffs) {
    FormulaChecks checks = new FormulaChecks(kpi, path, lifecycle);
    switch (kpi.formula()) {
      case Formula.CountEntering count -> checks.stage(count.stage(), "stage");
      case Formula.Conversion conversion ->
          checks.between(conversion.from(), conversion.to(), "a conversion");
      case Formula.DurationBetween duration ->
          checks.between(duration.from(), duration.to(), "a duration");
      case Formula.SumOfField sum -> {
        checks.field(sum.field(), path.key("field"));
        sum.stage().ifPresent(stage -> checks.stage(stage, "stage"));
      }
      case Formula.ShareMeeting share -> {
        checks.conditions(share);
        share.stage().ifPresent(stage -> checks.stage(stage, "stage"));
      }
      case Formula.SlaCompliance compliance ->
          handoffs
              .unknown(
                  compliance.handoff(),
                  path.key("handoff"),
                  checks.name() + " measures unknown handoff " + quote(compliance.handoff()))
              .ifPresent(checks.problems::add);
      case Formula.ExceptionRate ignored -> {}
      case Formula.FieldCompleteness completeness -> checks.completeness(completeness);
      case Formula.WinRate winRate -> checks.closing(winRate.won(), winRate.lost(), "won", "lost");
      case Formula.PipelineValue pipeline -> {
        checks.field(pipeline.field(), path.key("field"));
        checks.stages(pipeline.stages(), "stages");
        pipeline
            .coverageOf()
            .filter(quota -> quota.signum() <= 0)
            .ifPresent(quota ->
                checks.problems.add(
                    Problem.error(
                        path.key("coverage_of"),
                        checks.name() + " measures coverage of " + quota.toPlainString(),
                        "give the quota the pipeline should cover as a positive amount")));
      }
      case Formula.SalesVelocity velocity -> {
        checks.stage(velocity.from(), "from");
        checks.closing(velocity.won(), velocity.lost(), "won", "lost");
        checks.field(velocity.field(), path.key("field"));
      }
      case Formula.SpeedToLead ignored -> {}
    }
    return checks.problems;
  }

  private static Optional<ObjectType> objectOf(Kpi kpi, Lifecycle lifecycle) {
    if (kpi.object().isPresent()) {
      return lifecycle.object(kpi.object().get());
    }
    return kpi.formula().stages().stream()
        .flatMap(stage -> lifecycle.objectOf(stage).stream())
        .findFirst()
        .or(() -> lifecycle.objects().stream().findFirst());
  }

  private String name() {
    return "KPI " + quote(kpi.id());
  }

  private void stage(String stage, String key) {
    stages
        .unknown(stage, path.key(key), name() + " counts unknown stage " + quote(stage))
        .ifPresent(problems::add);
  }

  private void stages(List<String> stageIds, String key) {
    if (stageIds.isEmpty()) {
      problems.add(
          Problem.error(
              path.key(key), name() + " lists no stages", "list the stages under `" + key + "`"));
    }
    for (int s = 0; s < stageIds.size(); s++) {
      String stage = stageIds.get(s);
      stages
          .unknown(stage, path.key(key).index(s), name() + " counts unknown stage " + quote(stage))
          .ifPresent(problems::add);
    }
  }

  /** A won stage and the lost ones, which must differ from it. */
  private void closing(String won, List<String> lost, String wonKey, String lostKey) {
    stage(won, wonKey);
    stages(lost, lostKey);
    if (lost.contains(won)) {
      problems.add(
          Problem.error(
              path.key(lostKey).index(lost.indexOf(won)),
              name() + " counts stage " + quote(won) + " as both won and lost",
              "list under `" + lostKey + "` only the stages a lost record ends in"));
    }
  }

  private void between(String from, String to, String measure) {
    stage(from, "from");
    stage(to, "to");
    if (!from.isBlank() && from.equals(to)) {
      problems.add(
          Problem.error(
              path.key("to"),
              name() + " is " + measure + " from stage " + quote(from) + " to itself",
              "measure between two different stages"));
    }
  }

  private void field(String field, SourcePath at) {
    fields
        .flatMap(known -> known.unknown(field, at, name() + " reads unknown field " + quote(field)))
        .ifPresent(problems::add);
  }

  private void conditions(Formula.ShareMeeting share) {
    for (int c = 0; c < share.where().size(); c++) {
      Condition condition = share.where().get(c);
      SourcePath at = path.key("where").index(c);
      problems.addAll(
          fields
              .map(known -> ConditionChecks.check(condition, at, name(), known))
              .orElseGet(() -> ConditionChecks.checkArity(condition, at, name())));
    }
  }

  private void completeness(Formula.FieldCompleteness completeness) {
    if (completeness.fields().isEmpty()) {
      problems.add(
          Problem.error(
              path.key("fields"),
              name() + " measures the completeness of no fields",
              "list the fields to measure under `fields`"));
    }
    for (int j = 0; j < completeness.fields().size(); j++) {
      field(completeness.fields().get(j), path.key("fields").index(j));
    }
  }
}
