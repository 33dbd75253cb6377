package dev.accord.yaml;

import static dev.accord.yaml.ValueFormats.FLAG;
import static dev.accord.yaml.ValueFormats.NUMBER;
import static dev.accord.yaml.ValueFormats.TEXT;
import static dev.accord.yaml.ValueFormats.choice;
import static dev.accord.yaml.ValueFormats.word;

import dev.accord.core.scorecard.BuiltinDimension;
import dev.accord.core.scorecard.ConversionMethod;
import dev.accord.core.scorecard.Dimension;
import dev.accord.core.scorecard.Direction;
import dev.accord.core.scorecard.Formula;
import dev.accord.core.scorecard.Kpi;
import dev.accord.core.scorecard.KpiKind;
import dev.accord.core.scorecard.SpeedPart;
import dev.accord.core.scorecard.Statistic;
import dev.accord.core.scorecard.Target;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads the scorecard: the dimensions KPIs break down by, and each KPI with its formula and target.
 * A formula names its {@code type} and sits beside that type's own keys, as a routing rule does
 * with its strategy.
 */
final class ScorecardSection {

  /** The formula types a KPI can name, each with the keys it takes. */
  private enum FormulaType {
    COUNT_ENTERING("stage"),
    CONVERSION("from", "to", "method", "window"),
    DURATION("from", "to", "statistic"),
    SUM("field", "stage"),
    SHARE("where", "stage"),
    SLA_COMPLIANCE("handoff"),
    EXCEPTION_RATE,
    FIELD_COMPLETENESS("fields"),
    WIN_RATE("won", "lost"),
    PIPELINE("field", "stages", "coverage_of"),
    VELOCITY("from", "won", "lost", "field"),
    SPEED_TO_LEAD("part", "statistic");

    private final List<String> keys;

    FormulaType(String... keys) {
      this.keys = List.of(keys);
    }
  }

  private static final List<String> DIMENSION =
      List.of("id", "label", "field", "builtin", "ignore_case");
  private static final List<String> KPI =
      List.of(
          "id",
          "name",
          "description",
          "kind",
          "owner",
          "object",
          "unit",
          "dimensions",
          "feeds",
          "formula",
          "target");
  private static final List<String> FORMULA =
      Stream.concat(
              Stream.of("type"),
              Arrays.stream(FormulaType.values()).flatMap(type -> type.keys.stream()).distinct())
          .toList();
  private static final List<String> TARGET = List.of("value", "better", "green", "amber");
  private static final ValueFormat<FormulaType> TYPE = choice(FormulaType.class, "formula type");
  private static final ValueFormat<Statistic> STATISTIC = choice(Statistic.class, "statistic");

  /** Stands in for a formula that cannot be read; it refers to no stage, field or handoff. */
  private static final Formula NO_FORMULA = new Formula.ExceptionRate();

  private ScorecardSection() {}

  static List<Dimension> dimensions(YamlMapping accord) {
    return accord.mappings("dimensions", "this dimension", DIMENSION).stream()
        .map(ScorecardSection::dimension)
        .toList();
  }

  private static Dimension dimension(YamlMapping dimension) {
    String id = dimension.required("id", TEXT, "");
    String label = dimension.get("label", TEXT, "");
    String hint =
        "keep exactly one: `field` for a field of the record, or `builtin` for one of "
            + String.join(
                ", ", Arrays.stream(BuiltinDimension.values()).map(ValueFormats::word).toList());
    if (dimension.has("field") && dimension.has("builtin")) {
      dimension.reportMisplaced("builtin", "this dimension has both `field` and `builtin`", hint);
    } else if (!dimension.has("field") && !dimension.has("builtin")) {
      dimension.report("this dimension has neither `field` nor `builtin`", hint);
    } else if (dimension.has("builtin") && dimension.keyNode("ignore_case").isPresent()) {
      dimension.reportMisplaced(
          "ignore_case",
          "`ignore_case` only applies to a dimension on a `field`",
          "`ignore_case` folds the case of a field's values; a built-in dimension is broken down"
              + " as it is: remove `ignore_case`, or break down by a `field`");
    }
    boolean ignoreCase = dimension.has("field") && dimension.get("ignore_case", FLAG, false);
    Dimension.Source source =
        dimension.has("field")
            ? new Dimension.FieldValue(dimension.get("field", TEXT, ""))
            : new Dimension.Builtin(
                dimension.get(
                    "builtin",
                    choice(BuiltinDimension.class, "built-in dimension"),
                    BuiltinDimension.OWNER));
    return new Dimension(id, label, source, ignoreCase);
  }

  static List<Kpi> kpis(YamlMapping accord) {
    return accord.mappings("kpis", "this KPI", KPI).stream().map(ScorecardSection::kpi).toList();
  }

  private static Kpi kpi(YamlMapping kpi) {
    return new Kpi(
        kpi.required("id", TEXT, ""),
        kpi.get("name", TEXT, ""),
        kpi.get("description", TEXT, ""),
        kpi.required("kind", choice(KpiKind.class, "KPI kind"), KpiKind.OUTCOME),
        kpi.required("owner", TEXT, ""),
        kpi.optional("object", TEXT),
        formula(kpi.requiredMapping("formula", FORMULA)),
        kpi.get("unit", TEXT, ""),
        kpi.list("dimensions", TEXT),
        kpi.mapping("target", TARGET).map(ScorecardSection::target),
        kpi.list("feeds", TEXT));
  }

  private static Formula formula(YamlMapping formula) {
    return formula
        .require("type", TYPE)
        .map(type -> {
          reportKeysOfOtherTypes(formula, type);
          return formula(formula, type);
        })
        .orElse(NO_FORMULA);
  }

  private static Formula formula(YamlMapping formula, FormulaType type) {
    return switch (type) {
      case COUNT_ENTERING -> new Formula.CountEntering(formula.required("stage", TEXT, ""));
      case CONVERSION ->
          new Formula.Conversion(
              formula.required("from", TEXT, ""),
              formula.required("to", TEXT, ""),
              formula.get(
                  "method",
                  choice(ConversionMethod.class, "conversion method"),
                  ConversionMethod.COHORT),
              formula.optional("window", TimeFormats.CLOCK_DURATION));
      case DURATION ->
          new Formula.DurationBetween(
              formula.required("from", TEXT, ""),
              formula.required("to", TEXT, ""),
              formula.get("statistic", STATISTIC, Statistic.MEDIAN));
      case SUM ->
          new Formula.SumOfField(
              formula.required("field", TEXT, ""), formula.optional("stage", TEXT));
      case SHARE ->
          new Formula.ShareMeeting(
              ConditionSection.requiredConditions(formula, "where"),
              formula.optional("stage", TEXT));
      case SLA_COMPLIANCE -> new Formula.SlaCompliance(formula.required("handoff", TEXT, ""));
      case EXCEPTION_RATE -> new Formula.ExceptionRate();
      case FIELD_COMPLETENESS ->
          new Formula.FieldCompleteness(formula.requiredList("fields", TEXT));
      case WIN_RATE ->
          new Formula.WinRate(
              formula.required("won", TEXT, ""), formula.requiredList("lost", TEXT));
      case PIPELINE ->
          new Formula.PipelineValue(
              formula.required("field", TEXT, ""),
              formula.requiredList("stages", TEXT),
              formula.optional("coverage_of", NUMBER));
      case VELOCITY ->
          new Formula.SalesVelocity(
              formula.required("from", TEXT, ""),
              formula.required("won", TEXT, ""),
              formula.requiredList("lost", TEXT),
              formula.required("field", TEXT, ""));
      case SPEED_TO_LEAD ->
          new Formula.SpeedToLead(
              formula.get("part", choice(SpeedPart.class, "speed-to-lead part"), SpeedPart.TOTAL),
              formula.get("statistic", STATISTIC, Statistic.MEDIAN));
    };
  }

  private static void reportKeysOfOtherTypes(YamlMapping formula, FormulaType type) {
    for (String key : FORMULA) {
      if (!key.equals("type") && !type.keys.contains(key) && formula.keyNode(key).isPresent()) {
        formula.reportMisplaced(
            key,
            "`" + key + "` is not a key of a " + word(type) + " formula",
            "a "
                + word(type)
                + " formula takes "
                + (type.keys.isEmpty() ? "no other keys" : String.join(", ", type.keys))
                + "; remove `"
                + key
                + "` or change the `type`");
      }
    }
  }

  private static Target target(YamlMapping target) {
    BigDecimal value = target.required("value", NUMBER, BigDecimal.ZERO);
    return new Target(
        value,
        target.get("better", choice(Direction.class, "direction"), Direction.HIGHER),
        target.get("green", NUMBER, value),
        target.get("amber", NUMBER, value));
  }
}
