package dev.accord.core.lifecycle;

import dev.accord.core.event.EventHeader;
import dev.accord.core.event.RecordEvent;
import dev.accord.core.exception.DataQualityKind;
import dev.accord.core.exception.ExceptionCase.DataQualityFinding;
import dev.accord.core.field.Placeholders;
import java.util.Map;

/**
 * The findings the engine raises about the data itself rather than about the accord's rules: a
 * stage nobody declared, a record created twice, an event for a record never created.
 */
final class DataQuality {

  private DataQuality() {}

  /** Reports every value that is a placeholder, one finding per field. */
  static void reportSentinels(
      Placeholders placeholders,
      Map<String, String> values,
      EventHeader header,
      Breaches breaches) {
    for (Map.Entry<String, String> value : values.entrySet()) {
      if (placeholders.isSentinel(value.getKey(), value.getValue())) {
        breaches.note(
            new DataQualityFinding(
                header.recordId(),
                header.idempotencyKey(),
                header.occurredAt(),
                DataQualityKind.SENTINEL,
                value.getKey(),
                value.getValue(),
                "field "
                    + value.getKey()
                    + " holds the placeholder \""
                    + value.getValue()
                    + "\", which counts as empty."));
      }
    }
  }

  static DataQualityFinding unknownStage(EventHeader header, String stage) {
    return finding(
        header,
        DataQualityKind.UNKNOWN_STAGE,
        stage,
        "stage \"" + stage + "\" is not a stage of the accord.");
  }

  static DataQualityFinding stageOfAnotherObject(EventHeader header, String stage, String owner) {
    return finding(
        header,
        DataQualityKind.UNKNOWN_STAGE,
        stage,
        "stage \""
            + stage
            + "\" belongs to "
            + owner
            + ", not to "
            + (header.objectType().isBlank() ? "an unnamed object" : header.objectType())
            + ".");
  }

  static DataQualityFinding duplicateCreation(EventHeader header, String stage) {
    return finding(
        header,
        DataQualityKind.DUPLICATE_CREATION,
        stage,
        "created a second time; its field values were merged, its stage and owner ignored.");
  }

  static DataQualityFinding unknownRecord(RecordEvent event) {
    return new DataQualityFinding(
        event.recordId(),
        event.idempotencyKey(),
        event.occurredAt(),
        DataQualityKind.UNKNOWN_RECORD,
        "",
        "",
        "an event arrived for a record that was never created.");
  }

  private static DataQualityFinding finding(
      EventHeader header, DataQualityKind kind, String stage, String detail) {
    return new DataQualityFinding(
        header.recordId(),
        header.idempotencyKey(),
        header.occurredAt(),
        kind,
        "stage",
        stage,
        detail);
  }
}
