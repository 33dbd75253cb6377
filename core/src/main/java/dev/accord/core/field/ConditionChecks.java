package dev.accord.core.field;

import dev.accord.core.shared.KnownIds;
import dev.accord.core.shared.Problem;
import dev.accord.core.shared.SourcePath;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The checks every condition must pass wherever it is written (entry criteria, routing rules, KPI
 * formulas): it tests a field the record has, with as many values as its operator compares.
 */
public final class ConditionChecks {

  private ConditionChecks() {}

  /**
   * The problems of a condition on a record whose fields are known.
   *
   * @param path the path of the condition itself
   * @param subject what holds the condition, for messages, such as "entry criterion of stage `mql`"
   */
  public static List<Problem> check(
      Condition condition, SourcePath path, String subject, KnownIds fields) {
    List<Problem> problems = new ArrayList<>();
    fields
        .unknown(
            condition.field(),
            path.key("field"),
            subject + " tests unknown field " + KnownIds.quote(condition.field()))
        .ifPresent(problems::add);
    problems.addAll(checkArity(condition, path, subject));
    return problems;
  }

  /** The problems of a condition whose values do not suit its operator; none when they do. */
  public static List<Problem> checkArity(Condition condition, SourcePath path, String subject) {
    Operator operator = condition.operator();
    int count = condition.values().size();
    String op = "`" + operator.name().toLowerCase(Locale.ROOT) + "`";
    String on = subject + " on " + KnownIds.quote(condition.field());
    if (operator.takesNoValue() && count > 0) {
      return List.of(
          Problem.error(
              path.key("op"),
              on + " uses " + op + " with " + count + " value(s), but " + op + " takes none",
              "remove the value, or use another operator such as `eq`"));
    }
    if (operator.takesValueList() && count == 0) {
      return List.of(
          Problem.error(
              path.key("op"),
              on + " uses " + op + " with no values",
              "list the values to compare with under `values`"));
    }
    if (operator.takesOneValue() && count != 1) {
      return List.of(
          Problem.error(
              path.key("op"),
              on + " uses " + op + " with " + count + " values, but " + op + " takes exactly one",
              count == 0
                  ? "give the value to compare with under `value`"
                  : "use `in` to compare with several values"));
    }
    return List.of();
  }
}
