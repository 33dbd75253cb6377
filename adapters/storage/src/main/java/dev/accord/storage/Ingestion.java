package dev.accord.storage;

import dev.accord.core.event.RecordEvent;
import dev.accord.core.event.RecordEvent.RecordCreated;
import dev.accord.core.exception.ExceptionCase;
import dev.accord.core.lifecycle.EventOutcome;
import dev.accord.core.lifecycle.LifecycleEngine;
import dev.accord.core.lifecycle.RecordState;
import dev.accord.core.lifecycle.Verdict;
import dev.accord.core.queue.ExceptionTriage;
import dev.accord.core.routing.RoutingDecision;
import dev.accord.core.routing.RoutingTable;
import dev.accord.core.sla.SlaEngine;
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
 *
 * <p>With a routing table, a record whose stage an event changed into a routed stage is routed from
 * the ledger's context, at the instant the event occurred; the decisions, the routing failures they
 * raise and the ledger as the batch leaves it are written with the rest. Each record created by a
 * new event that the engine did not reject is put to the duplicate check, and the suspected
 * duplicates it answers are queued with that event's exceptions; a creation delivered again is a
 * duplicate event and is never asked about twice. With an SLA engine, every event the engine let in
 * moves its record's clocks on, and the escalations and SLA breaches that fires are kept with the
 * rest.
 */
final class Ingestion {

  private final Connection connection;
  private final LifecycleEngine engine;
  private final ExceptionTriage triage;
  private final Optional<RoutingTable> routing;
  private final DuplicateCheck duplicates;
  private final Optional<SlaEngine> sla;
  private final int accordVersion;
  private final Instant receivedAt;

  /** Each touched record as it was stored before the batch, and as the batch has left it. */
  private final Map<String, Optional<RecordState>> before = new LinkedHashMap<>();

  private final Map<String, Optional<RecordState>> current = new HashMap<>();

  /** Each record's events of this batch that the engine accepted, in arrival order. */
  private final Map<String, List<RecordEvent>> earlierHere = new HashMap<>();

  /** Each record's events of this batch that the engine accepted, for its SLA clocks. */
  private final Map<String, List<RecordEvent>> acceptedHere = new HashMap<>();

  private Optional<Clockwork> clocks = Optional.empty();

  Ingestion(
      Connection connection,
      LifecycleEngine engine,
      ExceptionTriage triage,
      Optional<RoutingTable> routing,
      DuplicateCheck duplicates,
      Optional<SlaEngine> sla,
      int accordVersion,
      Instant receivedAt) {
    this.connection = connection;
    this.triage = triage;
    this.routing = routing;
    this.duplicates = duplicates;
    this.sla = sla;
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
    Optional<RoutingBook> book = Optional.empty();
    if (routing.isPresent() && !events.isEmpty()) {
      Instant earliest =
          events.stream().map(RecordEvent::occurredAt).min(Instant::compareTo).orElseThrow();
      book = Optional.of(RoutingBook.open(connection, routing.get(), earliest));
    }
    for (RecordEvent event : events) {
      if (!seen.add(event.idempotencyKey())) {
        receipts.add(EventReceipt.duplicate(event.idempotencyKey()));
        continue;
      }
      Optional<String> stageBefore = current.get(event.recordId()).map(RecordState::stage);
      EventOutcome outcome = judge(event);
      List<ExceptionCase> exceptions = new ArrayList<>(outcome.exceptions());
      if (event instanceof RecordCreated created && outcome.verdict() != Verdict.REJECTED) {
        exceptions.addAll(duplicates.onCreated(created));
      }
      if (clocks.isPresent() && outcome.verdict() != Verdict.REJECTED) {
        String recordId = event.recordId();
        exceptions.addAll(clocks.get().on(event, () -> acceptedEarlier(recordId)));
        acceptedHere.computeIfAbsent(recordId, id -> new ArrayList<>()).add(event);
      }
      if (book.isPresent()) {
        book.get().observe(event, stageBefore, outcome.state());
        Optional<RoutingDecision> routed = book.get().route(stageBefore, outcome.state(), event);
        routed
            .flatMap(decision -> decision.failure(event.idempotencyKey()))
            .ifPresent(exceptions::add);
      }
      receipts.add(EventReceipt.logged(event.idempotencyKey(), outcome.verdict(), exceptions));
      entries.add(new EventLog.Entry(event, outcome.verdict()));
      raised.addAll(exceptions);
    }
    raised.addAll(findings);
    EventLog.append(connection, entries, accordVersion, receivedAt);
    try (StateUpdates updates = new StateUpdates(connection)) {
      for (Map.Entry<String, Optional<RecordState>> stored : before.entrySet()) {
        updates.change(stored.getKey(), stored.getValue(), current.get(stored.getKey()));
      }
      updates.flush();
    }
    if (book.isPresent()) {
      book.get().save();
    }
    if (clocks.isPresent()) {
      clocks.get().save(connection);
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

  /** The record's events the engine did not reject, logged then of this batch, as they arrived. */
  private List<RecordEvent> acceptedEarlier(String recordId) {
    try {
      List<RecordEvent> events = new ArrayList<>();
      for (LoggedEvent logged : EventLog.events(connection, recordId)) {
        if (logged.verdict() != Verdict.REJECTED) {
          events.add(logged.event());
        }
      }
      events.addAll(acceptedHere.getOrDefault(recordId, List.of()));
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
    if (sla.isPresent()) {
      clocks = Optional.of(new Clockwork(sla.get(), SlaLedger.clocks(connection, recordIds)));
    }
  }
}
