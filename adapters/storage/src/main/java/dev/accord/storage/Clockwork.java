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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

  /** Moves the record's clocks on by an event the lifecycle accepted. */
  List<ExceptionCase> on(RecordEvent event) {
    return take(engine.on(clocksOf(event.recordId()), event));
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
