package dev.accord.core.lifecycle;

import dev.accord.core.field.Condition;
import dev.accord.core.field.Criterion;
import dev.accord.core.field.FieldDefinition;
import dev.accord.core.field.Placeholders;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The lifecycle of one accord version, compiled for lookups by id: every stage with its rules, and
 * every object with what counts as empty for its fields. Stage ids are unique across an accord; if
 * an unvalidated accord repeats one, the first declaration wins, as it does everywhere else.
 */
final class StageIndex {

  private final Map<String, StageRules> stages;
  private final Map<String, Placeholders> objects;
  private final Placeholders unknownObject;

  private StageIndex(
      Map<String, StageRules> stages,
      Map<String, Placeholders> objects,
      Placeholders unknownObject) {
    this.stages = stages;
    this.objects = objects;
    this.unknownObject = unknownObject;
  }

  static StageIndex of(List<ObjectType> objectTypes, List<String> sentinels) {
    Map<String, StageRules> stages = new HashMap<>();
    Map<String, Placeholders> objects = new HashMap<>();
    for (ObjectType object : objectTypes) {
      Placeholders fields = Placeholders.of(object.fields(), sentinels);
      objects.putIfAbsent(object.id(), fields);
      for (Pipeline pipeline : object.pipelines()) {
        for (Stage stage : pipeline.stages()) {
          stages.putIfAbsent(stage.id(), rules(object, pipeline, stage, fields));
        }
      }
    }
    return new StageIndex(
        Map.copyOf(stages), Map.copyOf(objects), Placeholders.of(List.of(), sentinels));
  }

  Optional<StageRules> stage(String stageId) {
    return Optional.ofNullable(stages.get(stageId));
  }

  /** What counts as empty for the object's fields; only the accord's placeholders if unknown. */
  Placeholders fields(String objectId) {
    return objects.getOrDefault(objectId, unknownObject);
  }

  private static StageRules rules(
      ObjectType object, Pipeline pipeline, Stage stage, Placeholders fields) {
    List<String> required = new ArrayList<>();
    for (FieldDefinition field : object.fields()) {
      if (field.isRequiredIn(stage.id())) {
        required.add(field.id());
      }
    }
    List<Criterion> criteria = new ArrayList<>();
    for (Condition condition : stage.entryCriteria()) {
      criteria.add(new Criterion(condition));
    }
    Map<String, Transition> exits = new HashMap<>();
    for (Transition transition : pipeline.transitions()) {
      if (transition.from().contains(stage.id())) {
        exits.putIfAbsent(transition.to(), transition);
      }
    }
    return new StageRules(
        object.id(),
        pipeline.id(),
        stage.id(),
        fields,
        List.copyOf(required),
        List.copyOf(criteria),
        Map.copyOf(exits));
  }
}
