package dev.accord.core.lifecycle;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything Accord knows about one CRM record after applying its events under an accord: where it
 * is, what its fields say, who owns it, and the full history of how it got there.
 *
 * @param recordId the record's id
 * @param objectType the object it is, such as {@code lead}
 * @param pipeline the pipeline its current stage belongs to
 * @param stage its current stage
 * @param fields its field values, raw as the source sent them, sorted by field id
 * @param owner its current owner, if it has one
 * @param stageTimes for every stage it has been in, when and how long
 * @param stageHistory every move between stages, oldest first
 * @param ownerHistory every change of owner, oldest first
 * @param createdAt when it was created in the source system
 * @param firstTouchAt when someone first emailed, called or met it, if anyone has
 * @param lastEventAt the occurrence time of the latest event applied
 * @param eventCount how many events have been applied to it
 */
public record RecordState(
    String recordId,
    String objectType,
    String pipeline,
    String stage,
    SortedMap<String, String> fields,
    Optional<String> owner,
    SortedMap<String, StageTimes> stageTimes,
    List<StageMove> stageHistory,
    List<OwnerChange> ownerHistory,
    Instant createdAt,
    Optional<Instant> firstTouchAt,
    Instant lastEventAt,
    int eventCount) {

  public RecordState {
    Objects.requireNonNull(recordId, "recordId");
    Objects.requireNonNull(objectType, "objectType");
    Objects.requireNonNull(pipeline, "pipeline");
    Objects.requireNonNull(stage, "stage");
    fields = sorted(fields);
    Objects.requireNonNull(owner, "owner");
    stageTimes = sorted(stageTimes);
    stageHistory = List.copyOf(stageHistory);
    ownerHistory = List.copyOf(ownerHistory);
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(firstTouchAt, "firstTouchAt");
    Objects.requireNonNull(lastEventAt, "lastEventAt");
  }

  private static <V> SortedMap<String, V> sorted(Map<String, V> values) {
    return Collections.unmodifiableSortedMap(new TreeMap<>(values));
  }

  /** A field's raw value, if the record has one. */
  public Optional<String> field(String fieldId) {
    return Optional.ofNullable(fields.get(fieldId));
  }
}
