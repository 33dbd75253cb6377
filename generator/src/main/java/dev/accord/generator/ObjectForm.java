package dev.accord.generator;

import dev.accord.core.field.Condition;
import dev.accord.core.field.FieldDefinition;
import dev.accord.core.lifecycle.ObjectType;
import dev.accord.core.lifecycle.Pipeline;
import dev.accord.core.lifecycle.Stage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fields of one object as a record's sheet needs them at every move: by id, and for each stage
 * the fields it requires and the entry criteria it sets on them.
 */
final class ObjectForm {

  /** An entry criterion and the field it tests. */
  record Criterion(Condition condition, FieldDefinition field) {}

  private final ObjectType object;
  private final Map<String, FieldDefinition> byId = new HashMap<>();
  private final Map<String, List<FieldDefinition>> required = new HashMap<>();
  private final Map<String, List<Criterion>> criteria = new HashMap<>();

  ObjectForm(ObjectType object) {
    this.object = object;
    for (FieldDefinition field : object.fields()) {
      byId.putIfAbsent(field.id(), field);
      for (String stage : field.requiredIn()) {
        required.computeIfAbsent(stage, s -> new ArrayList<>()).add(field);
      }
    }
    for (Pipeline pipeline : object.pipelines()) {
      for (Stage stage : pipeline.stages()) {
        List<Criterion> tests = new ArrayList<>();
        for (Condition condition : stage.entryCriteria()) {
          field(condition.field()).ifPresent(field -> tests.add(new Criterion(condition, field)));
        }
        criteria.put(stage.id(), List.copyOf(tests));
      }
    }
  }

  List<FieldDefinition> fields() {
    return object.fields();
  }

  Optional<FieldDefinition> field(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The fields entering the stage requires, in declaration order. */
  List<FieldDefinition> requiredIn(String stage) {
    return required.getOrDefault(stage, List.of());
  }

  /** The stage's entry criteria on this object's fields. */
  List<Criterion> criteria(String stage) {
    return criteria.getOrDefault(stage, List.of());
  }
}
