package dev.accord.storage;

import dev.accord.core.lifecycle.LifecycleEngine;
import dev.accord.core.lifecycle.RecordState;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * {@code accord rebuild}: throws the projections away and recomputes them from the event log, each
 * record's events replayed through the engine in arrival order, inside the caller's transaction.
 * The exception queue is kept: it also holds importers' findings, which no replay could raise
 * again.
 */
final class Rebuild {

  /** How many records are written per flush of the batched statements. */
  private static final int FLUSH_EVERY = 500;

  private Rebuild() {}

  static RebuildReport run(Connection connection, LifecycleEngine engine) throws SQLException {
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
                Optional<RecordState> state = engine.replay(recordEvents);
                updates.change(recordId, Optional.empty(), state);
                if (state.isPresent() && ++records[0] % FLUSH_EVERY == 0) {
                  updates.flush();
                }
              });
      updates.flush();
    }
    return new RebuildReport(events, records[0], digestBefore, digest(connection));
  }

  static String digest(Connection connection) throws SQLException {
    StateDigest digest = new StateDigest();
    StateQueries.forEach(connection, Selection.all(), digest::add);
    return digest.hex();
  }
}
