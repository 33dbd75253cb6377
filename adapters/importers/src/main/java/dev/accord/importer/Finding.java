package dev.accord.importer;

import dev.accord.core.event.ActivityType;
import dev.accord.core.exception.DataQualityKind;
import dev.accord.core.exception.ExceptionCase.DataQualityFinding;
import java.time.Instant;
import java.util.Locale;

/**
 * A data-quality finding on a row before it knows the event it belongs to: what is wrong, with
 * which field and value, told in one sentence. Each becomes a {@link DataQualityFinding} on the
 * row's creation event.
 */
record Finding(DataQualityKind kind, String field, String value, String detail) {

  static Finding sentinel(String field, String value) {
    return new Finding(
        DataQualityKind.SENTINEL,
        field,
        value,
        "`" + field + "` holds the placeholder `" + value + "`, which counts as empty");
  }

  static Finding unknownReference(References.Table table, String on, String key) {
    String fields =
        String.join(", ", table.join().fields().stream().map(f -> f.field().name()).toList());
    return new Finding(
        DataQualityKind.UNKNOWN_REFERENCE,
        on,
        key,
        "`"
            + on
            + "` `"
            + key
            + "` matches no `"
            + table.join().key().name()
            + "` in "
            + table.fileName()
            + table.closest(key).map(close -> " (closest: `" + close + "`)").orElse("")
            + ", so "
            + fields
            + " are not added");
  }

  static Finding spelling(String field, SpellingWatch.Variant variant) {
    return new Finding(
        DataQualityKind.INCONSISTENT_SPELLING,
        field,
        variant.other(),
        "`"
            + variant.column()
            + "` holds both `"
            + variant.first()
            + "` (first at row "
            + variant.firstRow()
            + ") and `"
            + variant.other()
            + "` (row "
            + variant.otherRow()
            + "): one value spelt two ways");
  }

  static Finding unreadableActivity(
      String column, String text, DateReader dates, ActivityType type) {
    return new Finding(
        DataQualityKind.UNPARSEABLE_VALUE,
        column,
        text,
        "`"
            + column
            + "` holds `"
            + text
            + "`, which none of the date formats reads ("
            + dates.describe()
            + "); the "
            + type.name().toLowerCase(Locale.ROOT)
            + " is left out");
  }

  /** The finding on the record, pointing at the event that created it. */
  DataQualityFinding on(String recordId, String eventKey, Instant occurredAt) {
    return new DataQualityFinding(recordId, eventKey, occurredAt, kind, field, value, detail);
  }
}
