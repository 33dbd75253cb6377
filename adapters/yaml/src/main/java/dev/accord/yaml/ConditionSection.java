package dev.accord.yaml;

import static dev.accord.yaml.ValueFormats.TEXT;

import dev.accord.core.field.Condition;
import dev.accord.core.field.Operator;
import java.util.List;

/**
 * Reads conditions on fields, wherever the accord file writes them: a stage's entry criteria, a
 * routing rule's {@code when}, a share formula's {@code where}. A condition is written as {@code
 * field}, {@code op} and either one {@code value} or a list of {@code values}.
 */
final class ConditionSection {

  private static final List<String> KEYS = List.of("field", "op", "value", "values");
  private static final ValueFormat<Operator> OPERATOR =
      ValueFormats.choice(Operator.class, "operator");

  private ConditionSection() {}

  static List<Condition> conditions(YamlMapping owner, String key) {
    return owner.mappings(key, "this condition", KEYS).stream()
        .map(ConditionSection::condition)
        .toList();
  }

  static List<Condition> requiredConditions(YamlMapping owner, String key) {
    return owner.requiredMappings(key, "this condition", KEYS).stream()
        .map(ConditionSection::condition)
        .toList();
  }

  private static Condition condition(YamlMapping condition) {
    String field = condition.required("field", TEXT, "");
    Operator operator = condition.required("op", OPERATOR, Operator.PRESENT);
    if (condition.has("value") && condition.has("values")) {
      condition.reportMisplaced(
          "values",
          "this condition has both `value` and `values`",
          "keep one: `value` for a single value, `values` for a list");
    }
    List<String> values =
        condition.has("value")
            ? condition.optional("value", TEXT).stream().toList()
            : condition.list("values", TEXT);
    return new Condition(field, operator, values);
  }
}
