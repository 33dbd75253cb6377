package dev.accord.core.lifecycle;

import dev.accord.core.field.FieldDefinition;
import dev.accord.core.shared.KnownIds;
import dev.accord.core.shared.Values;
import java.util.List;
import java.util.Optional;

/**
 * The lifecycle an accord declares, as the rest of the accord sees it: which objects, stages and
 * fields exist, which object a stage belongs to, and which moves between stages are allowed.
 * Handoffs, routing and KPIs refer to the lifecycle; this is what they may refer to.
 */
public record Lifecycle(List<ObjectType> objects) {

  public Lifecycle {
    objects = Values.list(objects);
  }

  public KnownIds objectIds() {
    return KnownIds.of("object", objects.stream().map(ObjectType::id).toList());
  }

  /** Every stage of the accord; stage ids are unique across all objects and pipelines. */
  public KnownIds stageIds() {
    return KnownIds.of(
        "stage", objects.stream().flatMap(o -> o.stages().stream()).map(Stage::id).toList());
  }

  public Optional<ObjectType> object(String objectId) {
    return objects.stream().filter(o -> o.id().equals(objectId)).findFirst();
  }

  /** The object whose pipelines hold the stage, if any does. */
  public Optional<ObjectType> objectOf(String stageId) {
    return objects.stream().filter(o -> o.pipelineOf(stageId).isPresent()).findFirst();
  }

  public Optional<Pipeline> pipelineOf(String stageId) {
    return objects.stream().flatMap(o -> o.pipelineOf(stageId).stream()).findFirst();
  }

  /** Whether some pipeline lets a record move from one stage to the other. */
  public boolean allows(String fromStage, String toStage) {
    return objects.stream()
        .flatMap(o -> o.pipelines().stream())
        .anyMatch(p -> p.allows(fromStage, toStage));
  }

  /** The fields of one object. */
  public static KnownIds fieldIds(ObjectType object) {
    return KnownIds.of("field", object.fields().stream().map(FieldDefinition::id).toList());
  }

  /** The fields of every object, for what may be read off any record. */
  public KnownIds allFieldIds() {
    return KnownIds.of(
        "field",
        objects.stream().flatMap(o -> o.fields().stream()).map(FieldDefinition::id).toList());
  }

  /** The reason codes some transition asks for. */
  public KnownIds reasonCodesInUse() {
    return KnownIds.of(
        "reason code",
        objects.stream()
            .flatMap(o -> o.pipelines().stream())
            .flatMap(p -> p.transitions().stream())
            .flatMap(t -> t.reasonCodes().stream())
            .toList());
  }
}
