package dev.accord.core.field;

import dev.accord.core.shared.Values;
import java.util.List;
import java.util.Objects;

/**
 * A test on one field of a record, such as {@code employees >= 1000} or {@code country in [DE,
 * FR]}. Stages use conditions as entry criteria, routing rules to pick a strategy, and KPIs to
 * count the records that meet them.
 *
 * @param field the field tested
 * @param operator the comparison
 * @param values the values compared with: none, one or several depending on the operator
 */
public record Condition(String field, Operator operator, List<String> values) {

  public Condition {
    field = Values.text(field);
    Objects.requireNonNull(operator, "operator");
    values = Values.list(values);
  }

  @Override
  public String toString() {
    String operand =
        switch (values.size()) {
          case 0 -> "";
          case 1 ->
              operator.takesValueList() ? " [" + values.getFirst() + "]" : " " + values.getFirst();
          default -> " " + values;
        };
    return field + " " + operator.name().toLowerCase(java.util.Locale.ROOT) + operand;
  }
}
