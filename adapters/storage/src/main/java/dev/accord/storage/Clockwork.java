package dev.accord.storage;

import dev.accord.core.event.RecordEvent;
import dev.accord.core.exception.ExceptionCase;
import dev.accord.core.sla.SlaEngine;
import dev.accord.core.sla.SlaOutcome;
import dev.accord.core.sla.SlaOutcome.EscalationDue;
import dev.accord.core.sla.SlaOutcome.ExceptionOpened;
import dev.accord.core.sla.SlaOutcome.TimerBreached;
import dev.accord.core.sla.SlaTimers;
import dev.accord.core.sla.SlaUpdate;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The SLA clocks of the records one transaction touches, moved on by the engine: by each event the
 * lifecycle let in, or by time passing. It keeps what fired — the breaches it counts, the
 * escalation rungs it logs, the SLA-breach exceptions it hands back for the queue — and writes the
 * clocks it changed when asked.
 */
final class Clockwork {

  private final SlaEngine engine;
  private final Map<String, SlaTimers> stored;
  private final Map<String, SlaTimers> changed = new LinkedHashMap<>();
  private final List<EscalationDue> escalations = new ArrayList<>();
  private int breaches;

  Clockwork(SlaEngine engine, Map<String, SlaTimers> stored) {
    this.engine = engine;
    this.stored = new HashMap<>(stored);
  }

  /**
   * Moves the record's clocks on by an event the lifecycle accepted. An event older than the time
   * the clocks have reached is late: the clocks are then replayed from the record's accepted events
   * in the order they happened and advanced again to where they were, so that compliance is what it
   * would have been had the event come in time. What fired meanwhile stays fired — people were told
   * — and is logged once however often it fires again.
   *
   * @param acceptedEarlier the record's events the lifecycle accepted before this one, in arrival
   *     order; asked only for a late event
   */
  List<ExceptionCase> on(RecordEvent event, Supplier<List<RecordEvent>> acceptedEarlier) {
    SlaTimers timers = clocksOf(event.recordId());
    Optional<Instant> reached = timers.asOf();
    if (reached.isEmpty() || !event.occurredAt().isBefore(reached.get())) {
      return take(engine.on(timers, event));
    }
    List<RecordEvent> happened = new ArrayList<>(acceptedEarlier.get());
    happened.add(event);
    // A stable sort: events of the same instant keep their arrival order.
    happened.sort(Comparator.comparing(RecordEvent::occurredAt));
    SlaTimers replayed = SlaTimers.of(event.recordId());
    List<ExceptionCase> opened = new ArrayList<>();
    for (RecordEvent earlier : happened) {
      SlaUpdate update = engine.on(replayed, earlier);
      opened.addAll(take(update));
      replayed = update.timers();
    }
    opened.addAll(take(engine.advance(replayed, reached.get())));
    return opened;
  }

  /** Moves the record's clocks on to the instant. */
  List<ExceptionCase> advance(String recordId, Instant now) {
    return take(engine.advance(clocksOf(recordId), now));
  }

  private SlaTimers clocksOf(String recordId) {
    SlaTimers timers = changed.get(recordId);
    if (timers == null) {
      timers = stored.getOrDefault(recordId, SlaTimers.of(recordId));
    }
    return timers;
  }

  private List<ExceptionCase> take(SlaUpdate update) {
    changed.put(update.timers().recordId(), update.timers());
    List<ExceptionCase> opened = new ArrayList<>();
    for (SlaOutcome outcome : update.outcomes()) {
      switch (outcome) {
        case TimerBreached ignored -> breaches++;
        case EscalationDue due -> escalations.add(due);
        case ExceptionOpened exception -> opened.add(exception.exception());
        default -> {}
      }
    }
    return opened;
  }

  /** Writes the changed clocks and logs the escalations; returns how many rungs were new. */
  int save(Connection connection) throws SQLException {
    SlaLedger.save(connection, changed, engine::nextFiring);
    return SlaLedger.logEscalations(connection, escalations);
  }

  int records() {
    return changed.size();
  }

  int breaches() {
    return breaches;
  }
}
