package dev.accord.storage;

import dev.accord.core.event.RecordEvent;
import dev.accord.core.lifecycle.EventOutcome;
import dev.accord.core.lifecycle.LifecycleEngine;
import dev.accord.core.lifecycle.RecordState;
import dev.accord.core.lifecycle.Verdict;
import dev.accord.core.sla.SlaEngine;
import dev.accord.core.sla.SlaTimers;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code accord rebuild}: throws the projections away and recomputes them from the event log, each
 * record's events replayed through the engine in arrival order, inside the caller's transaction.
 * The exception queue is kept: it also holds importers' findings, which no replay could raise
 * again. With an SLA engine, each record's clocks are replayed from the events the engine lets in
 * and advanced to the instant the old clocks had reached, so that a rebuild fires nothing the
 * clocks had not fired already; escalations already logged stay logged once.
 */
final class Rebuild {

  /** How many records are written per flush of the batched statements. */
  private static final int FLUSH_EVERY = 500;

  private Rebuild() {}

  static RebuildReport run(Connection connection, LifecycleEngine engine, Optional<SlaEngine> sla)
      throws SQLException {
    String digestBefore = digest(connection);
    try (Statement delete = connection.createStatement()) {
      delete.executeUpdate("DELETE FROM stage_history");
      delete.executeUpdate("DELETE FROM owner_history");
      delete.executeUpdate("DELETE FROM record_state");
    }
    long[] records = {0};
    long events;
    try (StateUpdates updates = new StateUpdates(connection)) {
      events =
          EventLog.forEachRecord(
              connection,
              (recordId, recordEvents) -> {
                Optional<RecordState> state = replay(connection, engine, sla, recordEvents);
                updates.change(recordId, Optional.empty(), state);
                if (state.isPresent() && ++records[0] % FLUSH_EVERY == 0) {
                  updates.flush();
                }
              });
      updates.flush();
    }
    return new RebuildReport(events, records[0], digestBefore, digest(connection));
  }

  private static Optional<RecordState> replay(
      Connection connection,
      LifecycleEngine engine,
      Optional<SlaEngine> sla,
      List<RecordEvent> events)
      throws SQLException {
    if (sla.isEmpty()) {
      return engine.replay(events);
    }
    String recordId = events.getFirst().recordId();
    Optional<Instant> reached =
        Optional.ofNullable(SlaLedger.clocks(connection, List.of(recordId)).get(recordId))
            .flatMap(SlaTimers::asOf);
    Clockwork clocks = new Clockwork(sla.get(), Map.of());
    Optional<RecordState> state = Optional.empty();
    List<RecordEvent> accepted = new ArrayList<>();
    for (int position = 0; position < events.size(); position++) {
      List<RecordEvent> earlier = events.subList(0, position);
      EventOutcome outcome = engine.ingest(state, events.get(position), () -> earlier);
      state = outcome.state();
      if (outcome.verdict() != Verdict.REJECTED) {
        List<RecordEvent> acceptedEarlier = List.copyOf(accepted);
        clocks.on(events.get(position), () -> acceptedEarlier);
        accepted.add(events.get(position));
      }
    }
    reached.ifPresent(instant -> clocks.advance(recordId, instant));
    clocks.save(connection);
    return state;
  }

  static String digest(Connection connection) throws SQLException {
    StateDigest digest = new StateDigest();
    StateQueries.forEach(connection, Selection.all(), digest::add);
    return digest.hex();
  }
}
