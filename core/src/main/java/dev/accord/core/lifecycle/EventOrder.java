package dev.accord.core.lifecycle;

import dev.accord.core.event.RecordEvent;
import dev.accord.core.event.RecordEvent.RecordCreated;
import dev.accord.core.exception.ExceptionCase;
import dev.accord.core.exception.ExceptionCase.OutOfOrderEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Events reach Accord out of order: webhooks retry, exports are merged, a property change overtakes
 * the creation it belongs to. An event that occurred before the record's latest one, but within the
 * reorder window, is put in its place: the record is rebuilt from its earlier events and this one
 * sorted by occurrence (ties keep their arrival order), as if they had arrived in order. An event
 * further behind raises an out-of-order exception; a blocking guardrail then refuses it, a flagging
 * one applies it where it arrived.
 *
 * <p>A rebuild re-judges every earlier event, whatever it was first found to be, except those that
 * were refused for arriving beyond the window behind an earlier-arrived event: a blocked event
 * stays out. Events that arrived before their record's creation are applied once it comes.
 */
final class EventOrder {

  private record Arrival(RecordEvent event, int index) {}

  private static final Comparator<Arrival> BY_OCCURRENCE =
      Comparator.comparing((Arrival arrival) -> arrival.event().occurredAt())
          .thenComparingInt(Arrival::index);

  private final Guardrails guardrails;
  private final BiFunction<Optional<RecordState>, RecordEvent, EventOutcome> inOrder;

  EventOrder(
      Guardrails guardrails, BiFunction<Optional<RecordState>, RecordEvent, EventOutcome> inOrder) {
    this.guardrails = guardrails;
    this.inOrder = inOrder;
  }

  EventOutcome ingest(
      Optional<RecordState> current, RecordEvent event, Supplier<List<RecordEvent>> acceptedSoFar) {
    if (current.isEmpty()) {
      if (event instanceof RecordCreated) {
        List<RecordEvent> waiting = acceptedSoFar.get();
        if (!waiting.isEmpty()) {
          return rebuilt(waiting, event);
        }
      }
      return inOrder.apply(current, event);
    }
    Instant latest = current.get().lastEventAt();
    if (!event.occurredAt().isBefore(latest)) {
      return inOrder.apply(current, event);
    }
    if (!beyondWindow(event.occurredAt(), latest)) {
      return rebuilt(acceptedSoFar.get(), event);
    }
    OutOfOrderEvent late =
        new OutOfOrderEvent(
            event.recordId(),
            event.idempotencyKey(),
            event.occurredAt(),
            latest,
            guardrails.reorderWindow());
    if (guardrails.eventOrder() == Enforcement.BLOCK) {
      return new EventOutcome(Verdict.REJECTED, current, List.of(late));
    }
    EventOutcome applied = inOrder.apply(current, event);
    List<ExceptionCase> raised = new ArrayList<>(applied.exceptions().size() + 1);
    raised.add(late);
    raised.addAll(applied.exceptions());
    Verdict verdict = applied.verdict() == Verdict.REJECTED ? Verdict.REJECTED : Verdict.FLAGGED;
    return new EventOutcome(verdict, applied.state(), raised);
  }

  /**
   * The record rebuilt with the late event in its place. The verdict is the late event's own; the
   * exceptions are those raised from its place on, since every event after it is judged again.
   */
  private EventOutcome rebuilt(List<RecordEvent> earlier, RecordEvent late) {
    List<Arrival> timeline = admitted(earlier);
    Arrival arrival = new Arrival(late, earlier.size());
    timeline.add(arrival);
    timeline.sort(BY_OCCURRENCE);
    Optional<RecordState> state = Optional.empty();
    Verdict verdict = Verdict.REJECTED;
    List<ExceptionCase> raised = new ArrayList<>();
    boolean reached = false;
    for (Arrival next : timeline) {
      EventOutcome outcome = inOrder.apply(state, next.event());
      state = outcome.state();
      if (next == arrival) {
        verdict = outcome.verdict();
        reached = true;
      }
      if (reached) {
        raised.addAll(outcome.exceptions());
      }
    }
    return new EventOutcome(verdict, state, raised);
  }

  /** The earlier events in arrival order, without those a blocking guardrail refused as late. */
  private List<Arrival> admitted(List<RecordEvent> earlier) {
    boolean refusesLate = guardrails.eventOrder() == Enforcement.BLOCK;
    List<Arrival> admitted = new ArrayList<>(earlier.size() + 1);
    Instant horizon = Instant.MIN;
    boolean created = false;
    for (int index = 0; index < earlier.size(); index++) {
      RecordEvent event = earlier.get(index);
      if (created && refusesLate && beyondWindow(event.occurredAt(), horizon)) {
        continue;
      }
      admitted.add(new Arrival(event, index));
      horizon = event.occurredAt().isAfter(horizon) ? event.occurredAt() : horizon;
      created |= event instanceof RecordCreated;
    }
    return admitted;
  }

  private boolean beyondWindow(Instant occurredAt, Instant latest) {
    return Duration.between(occurredAt, latest).compareTo(guardrails.reorderWindow()) > 0;
  }
}
