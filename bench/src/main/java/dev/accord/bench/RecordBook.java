package dev.accord.bench;

import dev.accord.core.event.RecordEvent;
import dev.accord.core.lifecycle.EventOutcome;
import dev.accord.core.lifecycle.LifecycleEngine;
import dev.accord.core.lifecycle.RecordState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The engine's in-memory driver for the benchmark: each record's state, and its events for the
 * engine to put a late one back in order, as the store keeps them in its log.
 */
final class RecordBook {

  private final LifecycleEngine engine;
  private final Map<String, RecordState> states = new HashMap<>();
  private final Map<String, List<RecordEvent>> logs = new HashMap<>();

  RecordBook(LifecycleEngine engine) {
    this.engine = engine;
  }

  Optional<RecordState> state(String recordId) {
    return Optional.ofNullable(states.get(recordId));
  }

  EventOutcome ingest(RecordEvent event) {
    String recordId = event.recordId();
    List<RecordEvent> log = logs.computeIfAbsent(recordId, id -> new ArrayList<>(8));
    EventOutcome outcome =
        engine.ingest(Optional.ofNullable(states.get(recordId)), event, () -> List.copyOf(log));
    outcome.state().ifPresent(state -> states.put(recordId, state));
    log.add(event);
    return outcome;
  }
}
