package dev.accord.core.lifecycle;

import dev.accord.core.field.FieldDefinition;
import dev.accord.core.shared.Values;
import java.util.List;
import java.util.Optional;

/**
 * A kind of CRM record the accord governs (lead or contact, account, opportunity): its fields and
 * the pipelines its records move through.
 */
public record ObjectType(
    String id, String name, List<FieldDefinition> fields, List<Pipeline> pipelines) {

  public ObjectType {
    id = Values.text(id);
    name = Values.text(name);
    fields = Values.list(fields);
    pipelines = Values.list(pipelines);
  }

  public Optional<FieldDefinition> field(String fieldId) {
    return fields.stream().filter(field -> field.id().equals(fieldId)).findFirst();
  }

  /** Every stage of every pipeline of this object, in declaration order. */
  public List<Stage> stages() {
    return pipelines.stream().flatMap(pipeline -> pipeline.stages().stream()).toList();
  }

  /** The pipeline that holds the stage, if any does. */
  public Optional<Pipeline> pipelineOf(String stageId) {
    return pipelines.stream().filter(p -> p.stage(stageId).isPresent()).findFirst();
  }
}
