package dev.accord.storage;

import dev.accord.core.lifecycle.OwnerChange;
import dev.accord.core.lifecycle.RecordState;
import dev.accord.core.lifecycle.StageMove;
import dev.accord.json.RecordStateJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes record states into {@code record_state} and the two history tables, batched. A history
 * usually only grows, and then only its new tail is inserted; when a late event was put back in
 * order and the history changed in the middle, the record's history is written anew.
 */
final class StateUpdates implements AutoCloseable {

  private final PreparedStatement insertState;
  private final PreparedStatement updateState;
  private final PreparedStatement deleteState;
  private final PreparedStatement deleteMoves;
  private final PreparedStatement deleteOwners;
  private final PreparedStatement insertMove;
  private final PreparedStatement insertOwner;

  StateUpdates(Connection connection) throws SQLException {
    String columns =
        "object_type, pipeline, stage, owner, created_at, first_touch_at, last_event_at,"
            + " event_count, fields, stage_times";
    insertState =
        connection.prepareStatement(
            "INSERT INTO record_state ("
                + columns
                + ", record_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    updateState =
        connection.prepareStatement(
            "UPDATE record_state SET "
                + columns.replace(",", " = ?,")
                + " = ? WHERE record_id = ?");
    deleteState = connection.prepareStatement("DELETE FROM record_state WHERE record_id = ?");
    deleteMoves = connection.prepareStatement("DELETE FROM stage_history WHERE record_id = ?");
    deleteOwners = connection.prepareStatement("DELETE FROM owner_history WHERE record_id = ?");
    insertMove =
        connection.prepareStatement(
            "INSERT INTO stage_history (record_id, position, from_stage, to_stage, moved_at, kind,"
                + " actor, source, reason_code, event_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insertOwner =
        connection.prepareStatement(
            "INSERT INTO owner_history (record_id, position, from_owner, to_owner, changed_at,"
                + " actor, event_key) VALUES (?, ?, ?, ?, ?, ?, ?)");
  }

  /** Queues the change of one record from what was stored to what the engine made of it. */
  void change(String recordId, Optional<RecordState> before, Optional<RecordState> after)
      throws SQLException {
    if (before.equals(after)) {
      return;
    }
    if (after.isEmpty()) {
      remove(recordId);
      return;
    }
    RecordState state = after.get();
    bindState(before.isPresent() ? updateState : insertState, state);
    List<StageMove> movesBefore = before.map(RecordState::stageHistory).orElse(List.of());
    List<OwnerChange> ownersBefore = before.map(RecordState::ownerHistory).orElse(List.of());
    boolean movesGrew = grewFrom(state.stageHistory(), movesBefore);
    boolean ownersGrew = grewFrom(state.ownerHistory(), ownersBefore);
    if (!movesGrew) {
      deleteMoves.setString(1, recordId);
      deleteMoves.addBatch();
    }
    if (!ownersGrew) {
      deleteOwners.setString(1, recordId);
      deleteOwners.addBatch();
    }
    List<StageMove> moves = state.stageHistory();
    for (int position = movesGrew ? movesBefore.size() : 0; position < moves.size(); position++) {
      bindMove(recordId, position, moves.get(position));
    }
    List<OwnerChange> owners = state.ownerHistory();
    for (int position = ownersGrew ? ownersBefore.size() : 0;
        position < owners.size();
        position++) {
      bindOwner(recordId, position, owners.get(position));
    }
  }

  /** Writes every queued change: removals first, so a rewritten history never collides. */
  void flush() throws SQLException {
    for (PreparedStatement statement :
        List.of(
            deleteMoves,
            deleteOwners,
            deleteState,
            insertState,
            updateState,
            insertMove,
            insertOwner)) {
      statement.executeBatch();
    }
  }

  private void remove(String recordId) throws SQLException {
    for (PreparedStatement delete : List.of(deleteState, deleteMoves, deleteOwners)) {
      delete.setString(1, recordId);
      delete.addBatch();
    }
  }

  private static <T> boolean grewFrom(List<T> after, List<T> before) {
    return after.size() >= before.size() && after.subList(0, before.size()).equals(before);
  }

  private void bindState(PreparedStatement statement, RecordState state) throws SQLException {
    statement.setString(1, state.objectType());
    statement.setString(2, state.pipeline());
    statement.setString(3, state.stage());
    Columns.setText(statement, 4, state.owner());
    Columns.setInstant(statement, 5, state.createdAt());
    Columns.setInstant(statement, 6, state.firstTouchAt());
    Columns.setInstant(statement, 7, state.lastEventAt());
    statement.setInt(8, state.eventCount());
    statement.setString(9, RecordStateJson.writeFields(state.fields()));
    statement.setString(10, RecordStateJson.writeStageTimes(state.stageTimes()));
    statement.setString(11, state.recordId());
    statement.addBatch();
  }

  private void bindMove(String recordId, int position, StageMove move) throws SQLException {
    insertMove.setString(1, recordId);
    insertMove.setInt(2, position);
    Columns.setText(insertMove, 3, move.from());
    insertMove.setString(4, move.to());
    Columns.setInstant(insertMove, 5, move.at());
    insertMove.setString(6, move.kind().name().toLowerCase(Locale.ROOT));
    insertMove.setString(7, move.actor());
    insertMove.setString(8, move.source());
    Columns.setText(insertMove, 9, move.reasonCode());
    insertMove.setString(10, move.eventKey());
    insertMove.addBatch();
  }

  private void bindOwner(String recordId, int position, OwnerChange change) throws SQLException {
    insertOwner.setString(1, recordId);
    insertOwner.setInt(2, position);
    Columns.setText(insertOwner, 3, change.from());
    insertOwner.setString(4, change.to());
    Columns.setInstant(insertOwner, 5, change.at());
    insertOwner.setString(6, change.actor());
    insertOwner.setString(7, change.eventKey());
    insertOwner.addBatch();
  }

  @Override
  public void close() throws SQLException {
    for (PreparedStatement statement :
        List.of(
            insertState,
            updateState,
            deleteState,
            deleteMoves,
            deleteOwners,
            insertMove,
            insertOwner)) {
      statement.close();
    }
  }
}
