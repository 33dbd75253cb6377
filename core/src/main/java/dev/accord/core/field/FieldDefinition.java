package dev.accord.core.field;

import dev.accord.core.shared.Values;
import java.util.List;
import java.util.Objects;

/**
 * A field of a CRM object as the accord defines it: its type, the values it may take, the values
 * that really mean "nobody filled this in", and the stages that cannot be entered without it.
 *
 * @param id the field's name, as importers and conditions refer to it
 * @param label the name people see
 * @param type the kind of value
 * @param values the allowed values of an {@link FieldType#ENUM} field
 * @param sentinels values that count as empty for this field, on top of the accord's own
 * @param requiredIn the stages that require this field to be present
 */
public record FieldDefinition(
    String id,
    String label,
    FieldType type,
    List<String> values,
    List<String> sentinels,
    List<String> requiredIn) {

  public FieldDefinition {
    id = Values.text(id);
    label = Values.text(label);
    Objects.requireNonNull(type, "type");
    values = Values.list(values);
    sentinels = Values.list(sentinels);
    requiredIn = Values.list(requiredIn);
  }

  /** Whether entering the stage requires this field. */
  public boolean isRequiredIn(String stageId) {
    return requiredIn.contains(stageId);
  }
}
