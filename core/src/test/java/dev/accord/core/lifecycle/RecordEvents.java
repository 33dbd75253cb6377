package dev.accord.core.lifecycle;

import dev.accord.core.event.ActivityType;
import dev.accord.core.event.EventHeader;
import dev.accord.core.event.RecordEvent;
import dev.accord.core.event.RecordEvent.ActivityLogged;
import dev.accord.core.event.RecordEvent.DispositionRecorded;
import dev.accord.core.event.RecordEvent.FieldsChanged;
import dev.accord.core.event.RecordEvent.OwnerAssigned;
import dev.accord.core.event.RecordEvent.RecordCreated;
import dev.accord.core.event.RecordEvent.StageChanged;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The events of one test record, written tersely: times are minutes after a fixed Monday morning,
 * keys are numbered in the order the events are written, and the actor is whoever is set last.
 */
final class RecordEvents {

  /** Monday 5 January 2026, 09:00 UTC: the start of every test story. */
  static final Instant MONDAY_9AM = Instant.parse("2026-01-05T09:00:00Z");

  private final String recordId;
  private final String objectType;
  private String actor = "maria";
  private int written;

  private RecordEvents(String recordId, String objectType) {
    this.recordId = recordId;
    this.objectType = objectType;
  }

  static RecordEvents lead(String recordId) {
    return new RecordEvents(recordId, "lead");
  }

  static RecordEvents of(String recordId, String objectType) {
    return new RecordEvents(recordId, objectType);
  }

  static Instant minute(long minutes) {
    return MONDAY_9AM.plus(Duration.ofMinutes(minutes));
  }

  /** The events written from now on are made by this person or automation. */
  RecordEvents by(String nextActor) {
    this.actor = nextActor;
    return this;
  }

  /** The key the next event will get. */
  String nextKey() {
    return recordId + "#" + (written + 1);
  }

  RecordCreated created(long minute, String stage, Map<String, String> fields) {
    return new RecordCreated(header(minute), stage, fields, Optional.empty());
  }

  RecordCreated created(long minute, String stage, Map<String, String> fields, String owner) {
    return new RecordCreated(header(minute), stage, fields, Optional.of(owner));
  }

  StageChanged movedTo(long minute, String stage) {
    return new StageChanged(header(minute), stage, Optional.empty());
  }

  StageChanged movedTo(long minute, String stage, String reasonCode) {
    return new StageChanged(header(minute), stage, Optional.of(reasonCode));
  }

  FieldsChanged changed(long minute, Map<String, String> changes) {
    return new FieldsChanged(header(minute), changes);
  }

  OwnerAssigned assigned(long minute, String owner) {
    return new OwnerAssigned(header(minute), owner);
  }

  ActivityLogged touched(long minute, ActivityType type) {
    return new ActivityLogged(header(minute), type);
  }

  DispositionRecorded disposition(long minute, String reasonCode, String note) {
    return new DispositionRecorded(header(minute), reasonCode, note);
  }

  private EventHeader header(long minute) {
    String key = nextKey();
    written++;
    return new EventHeader(recordId, objectType, minute(minute), "hubspot", key, actor);
  }

  /** Applies events in order, from nothing, and returns the record they make. */
  static RecordState applied(LifecycleEngine engine, RecordEvent... events) {
    Optional<RecordState> state = Optional.empty();
    for (RecordEvent event : events) {
      state = engine.apply(state, event).state();
    }
    return state.orElseThrow();
  }
}
