package dev.accord.core.lifecycle;

import dev.accord.core.event.RecordEvent;
import dev.accord.core.event.RecordEvent.ActivityLogged;
import dev.accord.core.event.RecordEvent.DispositionRecorded;
import dev.accord.core.event.RecordEvent.FieldsChanged;
import dev.accord.core.event.RecordEvent.OwnerAssigned;
import dev.accord.core.event.RecordEvent.RecordCreated;
import dev.accord.core.event.RecordEvent.StageChanged;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Holds CRM records to the accord, one event at a time. Given a record's state and an event, it
 * returns the new state and what the event broke: a move no transition allows, a stage entered
 * without the fields it requires or below its entry criteria, a missing reason code, an event too
 * far out of order, a placeholder where a value should be. Each guardrail blocks or flags as the
 * accord declares; findings about the data itself only flag, except an unknown stage or record,
 * which cannot be applied at all.
 *
 * <p>The engine is compiled once per accord version and is then a pure function of its inputs: the
 * same events give the same state, whatever the machine, the day or the hash seed. It reads no
 * clock; every instant comes from the events.
 */
public final class LifecycleEngine {

  private final StageIndex index;
  private final RecordCreation creations;
  private final TransitionGuard transitions;
  private final EventOrder order;

  private LifecycleEngine(StageIndex index, Guardrails guardrails) {
    this.index = index;
    this.creations = new RecordCreation(index, guardrails);
    this.transitions = new TransitionGuard(index, guardrails);
    this.order = new EventOrder(guardrails, this::apply);
  }

  /**
   * Compiles the lookups once per accord version (stage -> pipeline/object, allowed moves, required
   * fields, sentinels).
   *
   * @param objects the objects of the accord, with their fields and pipelines
   * @param guardrails which breaches block and which flag, and the reorder window
   * @param sentinels the accord's placeholders, which count as empty in every field
   */
  public static LifecycleEngine of(
      List<ObjectType> objects, Guardrails guardrails, List<String> sentinels) {
    Objects.requireNonNull(guardrails, "guardrails");
    return new LifecycleEngine(StageIndex.of(objects, sentinels), guardrails);
  }

  /**
   * Applies one event assumed to be in order for its record.
   *
   * @param current the record's state, empty if it has never been created
   * @param event an event of that record
   * @throws IllegalArgumentException if the event concerns another record than the state
   */
  public EventOutcome apply(Optional<RecordState> current, RecordEvent event) {
    if (current.isEmpty()) {
      return event instanceof RecordCreated created
          ? creations.apply(current, created)
          : new EventOutcome(Verdict.REJECTED, current, List.of(DataQuality.unknownRecord(event)));
    }
    RecordState state = current.get();
    if (!state.recordId().equals(event.recordId())) {
      throw new IllegalArgumentException(
          "an event of record " + event.recordId() + " applied to record " + state.recordId());
    }
    return switch (event) {
      case RecordCreated created -> creations.apply(current, created);
      case StageChanged moved -> transitions.judge(state, moved);
      case FieldsChanged changed -> fieldsChanged(state, changed);
      case OwnerAssigned assigned ->
          accepted(
              state.owner().filter(assigned.owner()::equals).isPresent()
                  ? StateTransitions.counted(state, assigned.occurredAt())
                  : StateTransitions.assigned(state, assigned.owner(), assigned.header()));
      case ActivityLogged logged -> accepted(StateTransitions.touched(state, logged.occurredAt()));
      case DispositionRecorded disposition -> dispositionRecorded(state, disposition);
    };
  }

  /**
   * Applies one event as it arrives: in order -> apply; older than the record's lastEventAt but
   * within guardrails.reorderWindow -> the record is rebuilt from {@code acceptedSoFar} (that
   * record's earlier events, in arrival order) plus this event, sorted by (occurredAt, arrival
   * order), so the result is as if it had arrived in order; older than the window ->
   * OutOfOrderEvent, then BLOCK rejects it, FLAG applies it in arrival order.
   *
   * <p>{@code acceptedSoFar} holds every earlier event of the record that the event log took in,
   * whatever its verdict (duplicates excluded): a rebuild judges them all again in their new order,
   * so an event refused for arriving before its record's creation, or before a move it depended on,
   * gets its due. It is asked for only when a rebuild is needed: for a late event, or for a
   * creation of a record that has no state yet (events may have been waiting for it).
   *
   * <p>When a rebuild happens, the verdict is the late event's own and the exceptions are those
   * raised from its place on, since the events after it are judged again.
   */
  public EventOutcome ingest(
      Optional<RecordState> current, RecordEvent event, Supplier<List<RecordEvent>> acceptedSoFar) {
    return order.ingest(current, event, acceptedSoFar);
  }

  /**
   * Rebuilds one record from its events in arrival order through ingest(): what {@code accord
   * rebuild} does. Each event is ingested with the events before it as {@code acceptedSoFar}, so
   * the result is the state the record had when the last of them had been ingested.
   */
  public Optional<RecordState> replay(List<RecordEvent> eventsInArrivalOrder) {
    List<RecordEvent> events = List.copyOf(eventsInArrivalOrder);
    Optional<RecordState> state = Optional.empty();
    for (int position = 0; position < events.size(); position++) {
      List<RecordEvent> earlier = events.subList(0, position);
      state = ingest(state, events.get(position), () -> earlier).state();
    }
    return state;
  }

  private EventOutcome fieldsChanged(RecordState state, FieldsChanged event) {
    Breaches breaches = new Breaches();
    DataQuality.reportSentinels(
        index.fields(state.objectType()), event.changes(), event.header(), breaches);
    return breaches.applied(
        StateTransitions.withFields(state, event.changes(), true, event.occurredAt()));
  }

  /**
   * A disposition is part of the record's story but changes none of its state yet: it is counted
   * and its time kept. Its reason code becomes meaningful with SLA feedback on handoffs, which
   * reads it from the event log.
   */
  private static EventOutcome dispositionRecorded(RecordState state, DispositionRecorded event) {
    return accepted(StateTransitions.counted(state, event.occurredAt()));
  }

  private static EventOutcome accepted(RecordState next) {
    return new EventOutcome(Verdict.ACCEPTED, Optional.of(next), List.of());
  }
}
