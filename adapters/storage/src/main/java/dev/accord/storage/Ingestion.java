package dev.accord.storage;

import dev.accord.core.event.RecordEvent;
import dev.accord.core.exception.ExceptionCase;
import dev.accord.core.lifecycle.EventOutcome;
import dev.accord.core.lifecycle.LifecycleEngine;
import dev.accord.core.lifecycle.RecordState;
import dev.accord.core.queue.ExceptionTriage;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One batch of events going into the store, inside the caller's transaction: duplicates set aside,
 * each new event judged by the engine against its record's latest state, then the log, the
 * projections, the exception queue and the checkpoint written together.
 */
final class Ingestion {

  private final Connection connection;
  private final LifecycleEngine engine;
  private final ExceptionTriage triage;
  private final int accordVersion;
  private final Instant receivedAt;

  /** Each touched record as it was stored before the batch, and as the batch has left it. */
  private final Map<String, Optional<RecordState>> before = new LinkedHashMap<>();

  private final Map<String, Optional<RecordState>> current = new HashMap<>();

  /** Each record's events of this batch that the engine accepted, in arrival order. */
  private final Map<String, List<RecordEvent>> earlierHere = new HashMap<>();

  Ingestion(
      Connection connection,
      LifecycleEngine engine,
      ExceptionTriage triage,
      int accordVersion,
      Instant receivedAt) {
    this.connection = connection;
    this.triage = triage;
    this.engine = engine;
    this.accordVersion = accordVersion;
    this.receivedAt = receivedAt;
  }

  IngestReport run(
      List<RecordEvent> events, List<ExceptionCase> findings, Optional<ImportCheckpoint> checkpoint)
      throws SQLException {
    Set<String> seen =
        new HashSet<>(
            EventLog.knownKeys(
                connection, events.stream().map(RecordEvent::idempotencyKey).toList()));
    loadStates(events.stream().filter(e -> !seen.contains(e.idempotencyKey())).toList());
    List<EventReceipt> receipts = new ArrayList<>();
    List<EventLog.Entry> entries = new ArrayList<>();
    List<ExceptionCase> raised = new ArrayList<>();
    for (RecordEvent event : events) {
      if (!seen.add(event.idempotencyKey())) {
        receipts.add(EventReceipt.duplicate(event.idempotencyKey()));
        continue;
      }
      EventOutcome outcome = judge(event);
      receipts.add(
          EventReceipt.logged(event.idempotencyKey(), outcome.verdict(), outcome.exceptions()));
      entries.add(new EventLog.Entry(event, outcome.verdict()));
      raised.addAll(outcome.exceptions());
    }
    raised.addAll(findings);
    EventLog.append(connection, entries, accordVersion, receivedAt);
    try (StateUpdates updates = new StateUpdates(connection)) {
      for (Map.Entry<String, Optional<RecordState>> stored : before.entrySet()) {
        updates.change(stored.getKey(), stored.getValue(), current.get(stored.getKey()));
      }
      updates.flush();
    }
    int newExceptions = ExceptionQueue.add(connection, raised, triage);
    if (checkpoint.isPresent()) {
      ImportProgress.save(connection, checkpoint.get(), receivedAt);
    }
    return new IngestReport(receipts, newExceptions);
  }

  private EventOutcome judge(RecordEvent event) {
    String recordId = event.recordId();
    EventOutcome outcome =
        engine.ingest(current.get(recordId), event, () -> earlierEvents(recordId));
    current.put(recordId, outcome.state());
    earlierHere.computeIfAbsent(recordId, id -> new ArrayList<>()).add(event);
    return outcome;
  }

  /**
   * The record's earlier events, whatever the engine made of them, for it to put a late event back
   * in order: those already logged, then those of this batch, both in arrival order. Refused events
   * are included because a reorder judges them again, exactly as a rebuild's replay does; asked
   * only when needed.
   */
  private List<RecordEvent> earlierEvents(String recordId) {
    try {
      List<RecordEvent> events = new ArrayList<>();
      for (LoggedEvent logged : EventLog.events(connection, recordId)) {
        events.add(logged.event());
      }
      events.addAll(earlierHere.getOrDefault(recordId, List.of()));
      return events;
    } catch (SQLException e) {
      throw new StorageException("reading the events of record " + recordId + " failed", e);
    }
  }

  private void loadStates(List<RecordEvent> newEvents) throws SQLException {
    List<String> recordIds = newEvents.stream().map(RecordEvent::recordId).distinct().toList();
    for (String recordId : recordIds) {
      before.put(recordId, Optional.empty());
    }
    for (int from = 0; from < recordIds.size(); from += KnownValues.CHUNK) {
      List<String> chunk =
          recordIds.subList(from, Math.min(recordIds.size(), from + KnownValues.CHUNK));
      for (RecordState state : StateQueries.list(connection, Selection.ids(chunk))) {
        before.put(state.recordId(), Optional.of(state));
      }
    }
    current.putAll(before);
  }
}
