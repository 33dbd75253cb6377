package dev.accord.core.lifecycle;

import dev.accord.core.event.EventHeader;
import dev.accord.core.event.RecordEvent.RecordCreated;
import dev.accord.core.event.RecordEvent.StageChanged;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How a record's state changes once an event has been judged acceptable. History is appended to,
 * never edited: a move adds a line and ends the visit to the stage left, a re-entry opens another
 * visit, a new owner adds a line. Every change counts the event and advances the record's clock.
 */
final class StateTransitions {

  private StateTransitions() {}

  /** A record starts in a stage, with its first values and perhaps an owner. */
  static RecordState created(RecordCreated event, StageRules stage) {
    EventHeader header = event.header();
    Instant at = header.occurredAt();
    Optional<String> owner = event.owner().filter(name -> !name.isBlank());
    List<OwnerChange> owners =
        owner
            .map(name ->
                List.of(
                    new OwnerChange(
                        Optional.empty(), name, at, header.actor(), header.idempotencyKey())))
            .orElse(List.of());
    StageMove entry =
        new StageMove(
            Optional.empty(),
            stage.stageId(),
            at,
            TransitionKind.FORWARD,
            header.actor(),
            header.source(),
            Optional.empty(),
            header.idempotencyKey());
    return new RecordState(
        header.recordId(),
        stage.objectId(),
        stage.pipelineId(),
        stage.stageId(),
        merged(new TreeMap<>(), event.fields(), false),
        owner,
        new TreeMap<>(Map.of(stage.stageId(), StageTimes.enteredAt(at))),
        List.of(entry),
        owners,
        at,
        Optional.empty(),
        at,
        1);
  }

  /** The record leaves its stage for another, by the given kind of transition. */
  static RecordState moved(
      RecordState state, StageRules target, TransitionKind kind, StageChanged event) {
    EventHeader header = event.header();
    Instant at = header.occurredAt();
    SortedMap<String, StageTimes> times = new TreeMap<>(state.stageTimes());
    StageTimes left = times.get(state.stage());
    if (left != null) {
      times.put(state.stage(), left.exitedAt(at));
    }
    StageTimes entered = times.get(target.stageId());
    times.put(
        target.stageId(), entered == null ? StageTimes.enteredAt(at) : entered.reenteredAt(at));
    StageMove move =
        new StageMove(
            Optional.of(state.stage()),
            target.stageId(),
            at,
            kind,
            header.actor(),
            header.source(),
            event.reasonCode(),
            header.idempotencyKey());
    return new RecordState(
        state.recordId(),
        state.objectType(),
        target.pipelineId(),
        target.stageId(),
        state.fields(),
        state.owner(),
        times,
        appended(state.stageHistory(), move),
        state.ownerHistory(),
        state.createdAt(),
        state.firstTouchAt(),
        latest(state, at),
        state.eventCount() + 1);
  }

  /**
   * New values merged into the record's. In a change an empty (or blank) value clears the field; in
   * a creation it only means the source had nothing to say, so it is not kept, and a value already
   * held stays.
   */
  static RecordState withFields(
      RecordState state, Map<String, String> values, boolean emptyClears, Instant at) {
    SortedMap<String, String> fields = merged(new TreeMap<>(state.fields()), values, emptyClears);
    return unmoved(state, fields, state.owner(), state.ownerHistory(), state.firstTouchAt(), at);
  }

  /** The record goes to a new owner. */
  static RecordState assigned(RecordState state, String owner, EventHeader header) {
    Instant at = header.occurredAt();
    OwnerChange change =
        new OwnerChange(state.owner(), owner, at, header.actor(), header.idempotencyKey());
    return unmoved(
        state,
        state.fields(),
        Optional.of(owner),
        appended(state.ownerHistory(), change),
        state.firstTouchAt(),
        at);
  }

  /** Someone worked the record; the first touch is the earliest one ever reported. */
  static RecordState touched(RecordState state, Instant at) {
    Instant first = state.firstTouchAt().filter(earlier -> earlier.isBefore(at)).orElse(at);
    return unmoved(
        state, state.fields(), state.owner(), state.ownerHistory(), Optional.of(first), at);
  }

  /**
   * An event that changes nothing but is part of the record's story: counted, and its time kept.
   */
  static RecordState counted(RecordState state, Instant at) {
    return unmoved(
        state, state.fields(), state.owner(), state.ownerHistory(), state.firstTouchAt(), at);
  }

  /** The record in the same stage, with the parts an event other than a move may change. */
  private static RecordState unmoved(
      RecordState state,
      SortedMap<String, String> fields,
      Optional<String> owner,
      List<OwnerChange> ownerHistory,
      Optional<Instant> firstTouchAt,
      Instant at) {
    return new RecordState(
        state.recordId(),
        state.objectType(),
        state.pipeline(),
        state.stage(),
        fields,
        owner,
        state.stageTimes(),
        state.stageHistory(),
        ownerHistory,
        state.createdAt(),
        firstTouchAt,
        latest(state, at),
        state.eventCount() + 1);
  }

  private static SortedMap<String, String> merged(
      SortedMap<String, String> fields, Map<String, String> values, boolean emptyClears) {
    for (Map.Entry<String, String> value : values.entrySet()) {
      if (value.getValue() != null && !value.getValue().isBlank()) {
        fields.put(value.getKey(), value.getValue());
      } else if (emptyClears) {
        fields.remove(value.getKey());
      }
    }
    return fields;
  }

  private static <T> List<T> appended(List<T> history, T line) {
    List<T> longer = new ArrayList<>(history.size() + 1);
    longer.addAll(history);
    longer.add(line);
    return longer;
  }

  private static Instant latest(RecordState state, Instant at) {
    return at.isAfter(state.lastEventAt()) ? at : state.lastEventAt();
  }
}
