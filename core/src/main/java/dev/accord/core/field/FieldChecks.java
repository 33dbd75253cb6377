package dev.accord.core.field;

import dev.accord.core.shared.Declaration;
import dev.accord.core.shared.KnownIds;
import dev.accord.core.shared.Problem;
import dev.accord.core.shared.SourcePath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The checks on the fields an object declares: each declared once, an enum with its values, and
 * required only in stages the object's records can be in.
 */
public final class FieldChecks {

  private FieldChecks() {}

  /**
   * The problems of an object's fields.
   *
   * @param path the path of the object's {@code fields} list
   * @param ownStages the stages of the object's own pipelines
   * @param allStages every stage of the accord, to tell a stage of another object from a typo
   */
  public static List<Problem> check(
      List<FieldDefinition> fields, SourcePath path, KnownIds ownStages, KnownIds allStages) {
    List<Problem> problems =
        new ArrayList<>(
            Declaration.problemsAmong("field", Declaration.of(fields, FieldDefinition::id, path)));
    for (int i = 0; i < fields.size(); i++) {
      FieldDefinition field = fields.get(i);
      SourcePath at = path.index(i);
      problems.addAll(checkValues(field, at));
      for (int j = 0; j < field.requiredIn().size(); j++) {
        problems.addAll(
            checkRequiredIn(
                field,
                field.requiredIn().get(j),
                at.key("required_in").index(j),
                ownStages,
                allStages));
      }
    }
    return problems;
  }

  private static List<Problem> checkValues(FieldDefinition field, SourcePath at) {
    if (field.type() != FieldType.ENUM) {
      return List.of();
    }
    String name = KnownIds.quote(field.id());
    if (field.values().isEmpty()) {
      return List.of(
          Problem.error(
              at.key("values"),
              "enum field " + name + " lists no values",
              "list the values the field may take under `values`"));
    }
    List<Problem> problems = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int v = 0; v < field.values().size(); v++) {
      String value = field.values().get(v);
      if (!seen.add(value)) {
        problems.add(
            Problem.warning(
                at.key("values").index(v),
                "enum field " + name + " lists the value " + KnownIds.quote(value) + " twice",
                "remove the repeated value"));
      }
    }
    return problems;
  }

  private static List<Problem> checkRequiredIn(
      FieldDefinition field, String stage, SourcePath at, KnownIds ownStages, KnownIds allStages) {
    if (ownStages.contains(stage)) {
      return List.of();
    }
    String name = KnownIds.quote(field.id());
    if (allStages.contains(stage)) {
      return List.of(
          Problem.error(
              at,
              "field "
                  + name
                  + " is required in stage "
                  + KnownIds.quote(stage)
                  + ", which belongs to another object",
              "a field can only be required in the stages of its own object; "
                  + ownStages.hintFor(stage)));
    }
    return List.of(
        Problem.error(
            at,
            "field " + name + " is required in unknown stage " + KnownIds.quote(stage),
            ownStages.hintFor(stage)));
  }
}
