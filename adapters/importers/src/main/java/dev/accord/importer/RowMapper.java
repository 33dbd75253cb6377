package dev.accord.importer;

import dev.accord.core.event.EventHeader;
import dev.accord.core.event.RecordEvent;
import dev.accord.core.exception.ExceptionCase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns one data row into what it tells: a record created in a stage with its fields and owner, the
 * later stages it entered and the touches it had, and the data-quality findings on its values. A
 * row that cannot be placed — no record id, no stage the accord knows, a date no format reads — is
 * quarantined instead, whole.
 *
 * <p>Values are kept raw, as the file has them, after the mapping's value maps: a sentinel such as
 * {@code Select} stays in the event (the engine counts it as empty) and is reported as a finding,
 * once per field of the record. A join key that is a sentinel is not looked up; one that matches
 * nothing is an unknown reference. A value met in a new spelling (case or spacing) is reported
 * once, on the row where it first appears.
 */
final class RowMapper {

  private final Mapping mapping;
  private final String objectType;
  private final String source;
  private final StageOrder order;
  private final Timeline timeline;
  private final DateReader dates;
  private final Sentinels sentinels;
  private final References references;
  private final SpellingWatch spelling = new SpellingWatch();
  private final EventKeys keys;
  private final Set<String> watched = new LinkedHashSet<>();
  private final Set<String> fieldIds = new LinkedHashSet<>();
  private final Map<String, Mapping.ValueMap> valueMaps = new HashMap<>();

  RowMapper(
      Mapping mapping,
      String source,
      StageOrder order,
      DateReader dates,
      Sentinels sentinels,
      References references) {
    this.mapping = mapping;
    this.objectType = mapping.object().name();
    this.source = source;
    this.order = order;
    this.timeline = new Timeline(mapping.snapshot(), order, dates, sentinels);
    this.dates = dates;
    this.sentinels = sentinels;
    this.references = references;
    this.keys = new EventKeys(source);
    mapping.columns().forEach(c -> watched.add(c.column().name()));
    mapping.owner().ifPresent(owner -> watched.add(owner.name()));
    watched.add(mapping.snapshot().stage().name());
    watched.remove(mapping.recordId().name());
    mapping.columns().forEach(c -> fieldIds.add(c.field().name()));
    mapping.valueMaps().forEach(map -> valueMaps.putIfAbsent(map.column().name(), map));
  }

  RowResult map(SourceRow.Fields row) {
    SourceRow.RowValues values = row.values();
    String idColumn = mapping.recordId().name();
    String recordId = values.get(idColumn).strip();
    if (recordId.isEmpty()) {
      return quarantine(row, idColumn, "the record id is empty");
    }
    if (sentinels.isSentinel(recordId)) {
      return quarantine(row, idColumn, "the record id is the placeholder `" + recordId + "`");
    }
    String stageColumn = mapping.snapshot().stage().name();
    String rawStage = values.get(stageColumn).strip();
    if (rawStage.isEmpty()) {
      return quarantine(row, stageColumn, "the stage is empty");
    }
    if (sentinels.isSentinel(rawStage)) {
      return quarantine(row, stageColumn, "the stage is the placeholder `" + rawStage + "`");
    }
    Optional<Mapping.ValueMap> stageMap = Optional.ofNullable(valueMaps.get(stageColumn));
    String stage = stageMap.map(map -> map.apply(rawStage)).orElse(rawStage);
    if (!order.has(stage)) {
      return quarantine(
          row,
          stageColumn,
          "`"
              + stage
              + "` is no stage of object `"
              + objectType
              + "`"
              + (stageMap.isPresent()
                  ? " and `value_maps." + stageColumn + "` does not map it"
                  : ""));
    }
    return switch (timeline.of(stage, values)) {
      case Timeline.Outcome.Unplaced unplaced ->
          quarantine(row, unplaced.column(), unplaced.reason());
      case Timeline.Outcome.Placed placed -> produce(row, recordId, placed.moves());
    };
  }

  private RowResult produce(SourceRow.Fields row, String recordId, List<Timeline.Move> moves) {
    SourceRow.RowValues values = row.values();
    List<Finding> findings = new ArrayList<>();
    Map<String, String> fields = new TreeMap<>();
    for (Mapping.ColumnField column : mapping.columns()) {
      String raw = values.get(column.column().name());
      if (!raw.isEmpty()) {
        fields.put(column.field().name(), mapped(column.column().name(), raw));
      }
    }
    for (String column : watched) {
      String raw = values.get(column);
      if (!sentinels.isSentinel(raw)) {
        spelling
            .see(column, raw, row.number())
            .ifPresent(
                variant -> findings.add(Finding.spelling(fieldOf(variant.column()), variant)));
      }
    }
    findings.addAll(references.join(values, fields, fieldIds, sentinels));
    // The accord's own placeholders are the engine's to report, on every event that carries
    // them; only the mapping's extra ones, which the engine does not know, are reported here.
    fields.forEach((field, value) -> {
      if (sentinels.isSentinel(field, value) && !sentinels.isAccordSentinel(field, value)) {
        findings.add(Finding.sentinel(field, value));
      }
    });
    Optional<String> owner = owner(values, findings);
    Timeline.Move creation = moves.getFirst();
    String createdKey =
        keys.of(
            recordId,
            "record_created",
            creation.at(),
            creation.stage() + '\u001e' + fields + '\u001e' + owner.orElse(""));
    List<RecordEvent> events = new ArrayList<>();
    events.add(
        new RecordEvent.RecordCreated(
            header(recordId, creation.at(), createdKey), creation.stage(), fields, owner));
    List<RecordEvent> later = new ArrayList<>();
    for (Timeline.Move move : moves.subList(1, moves.size())) {
      String key = keys.of(recordId, "stage_changed", move.at(), move.stage());
      later.add(
          new RecordEvent.StageChanged(
              header(recordId, move.at(), key), move.stage(), Optional.empty()));
    }
    later.addAll(activities(recordId, values, findings));
    later.sort(Comparator.comparing(RecordEvent::occurredAt));
    events.addAll(later);
    List<ExceptionCase> cases =
        findings.stream()
            .map(f -> (ExceptionCase) f.on(recordId, createdKey, creation.at()))
            .toList();
    return RowResult.produced(row.number(), events, cases);
  }

  private String mapped(String column, String raw) {
    Mapping.ValueMap map = valueMaps.get(column);
    return map == null ? raw : map.apply(raw);
  }

  private Optional<String> owner(SourceRow.RowValues values, List<Finding> findings) {
    if (mapping.owner().isEmpty()) {
      return Optional.empty();
    }
    String column = mapping.owner().get().name();
    String owner = values.get(column).strip();
    if (owner.isEmpty()) {
      return Optional.empty();
    }
    if (sentinels.isSentinel(owner)) {
      if (mapping.columns().stream().noneMatch(c -> c.column().name().equals(column))) {
        findings.add(Finding.sentinel(column, owner));
      }
      return Optional.empty();
    }
    return Optional.of(owner);
  }

  private List<RecordEvent> activities(
      String recordId, SourceRow.RowValues values, List<Finding> findings) {
    List<RecordEvent> touches = new ArrayList<>();
    for (Snapshot.Activity activity : mapping.snapshot().activities()) {
      String column = activity.column().name();
      String text = values.get(column).strip();
      if (text.isEmpty() || sentinels.isSentinel(text)) {
        continue;
      }
      Optional<Instant> at = dates.read(text);
      if (at.isEmpty()) {
        findings.add(Finding.unreadableActivity(column, text, dates, activity.type()));
        continue;
      }
      String key = keys.of(recordId, "activity_logged", at.get(), activity.type().name());
      touches.add(new RecordEvent.ActivityLogged(header(recordId, at.get(), key), activity.type()));
    }
    return touches;
  }

  private EventHeader header(String recordId, Instant at, String key) {
    return new EventHeader(recordId, objectType, at, source, key, "");
  }

  /** The field a column fills, or the column itself when it fills none. */
  private String fieldOf(String column) {
    return mapping.columns().stream()
        .filter(c -> c.column().name().equals(column))
        .map(c -> c.field().name())
        .findFirst()
        .orElse(column);
  }

  private RowResult quarantine(SourceRow.Fields row, String column, String reason) {
    return RowResult.quarantined(new Quarantine(row.number(), column, reason, row.raw().get()));
  }
}
