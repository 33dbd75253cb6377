package dev.accord.storage;

import dev.accord.core.lifecycle.OwnerChange;
import dev.accord.core.lifecycle.RecordState;
import dev.accord.core.lifecycle.StageMove;
import dev.accord.core.lifecycle.TransitionKind;
import dev.accord.json.RecordStateJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Reads record states back from {@code record_state} and the two history tables. The three are read
 * in record id order side by side, so any number of records streams through in constant memory, and
 * each state comes back equal to the one the engine produced.
 */
final class StateQueries {

  private StateQueries() {}

  static List<RecordState> list(Connection connection, Selection selection) throws SQLException {
    List<RecordState> states = new ArrayList<>();
    forEach(connection, selection, states::add);
    return states;
  }

  static void forEach(Connection connection, Selection selection, Consumer<RecordState> consumer)
      throws SQLException {
    String order = " ORDER BY record_id";
    try (PreparedStatement states =
            query(connection, "SELECT * FROM record_state WHERE ", selection, order);
        PreparedStatement moves =
            query(
                connection, "SELECT * FROM stage_history WHERE ", selection, order + ", position");
        PreparedStatement owners =
            query(
                connection, "SELECT * FROM owner_history WHERE ", selection, order + ", position");
        ResultSet stateRows = states.executeQuery();
        ResultSet moveRows = moves.executeQuery();
        ResultSet ownerRows = owners.executeQuery()) {
      Cursor moveCursor = new Cursor(moveRows);
      Cursor ownerCursor = new Cursor(ownerRows);
      while (stateRows.next()) {
        String recordId = stateRows.getString("record_id");
        List<StageMove> history = new ArrayList<>();
        while (moveCursor.at(recordId)) {
          history.add(move(moveRows));
          moveCursor.advance();
        }
        List<OwnerChange> ownerHistory = new ArrayList<>();
        while (ownerCursor.at(recordId)) {
          ownerHistory.add(ownerChange(ownerRows));
          ownerCursor.advance();
        }
        consumer.accept(state(stateRows, history, ownerHistory));
      }
    }
  }

  static long count(Connection connection) throws SQLException {
    try (PreparedStatement select =
            connection.prepareStatement("SELECT COUNT(*) FROM record_state");
        ResultSet rows = select.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    }
  }

  /** How many records are now in the stage. */
  static long count(Connection connection, String stage) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement("SELECT COUNT(*) FROM record_state WHERE stage = ?")) {
      select.setString(1, stage);
      try (ResultSet rows = select.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  private static PreparedStatement query(
      Connection connection, String select, Selection selection, String order) throws SQLException {
    PreparedStatement statement =
        connection.prepareStatement(select + selection.on("record_id") + order);
    statement.setFetchSize(EventLog.FETCH_SIZE);
    selection.bind(statement);
    return statement;
  }

  private static RecordState state(
      ResultSet row, List<StageMove> history, List<OwnerChange> ownerHistory) throws SQLException {
    return new RecordState(
        row.getString("record_id"),
        row.getString("object_type"),
        row.getString("pipeline"),
        row.getString("stage"),
        RecordStateJson.readFields(row.getString("fields")),
        Columns.optionalText(row, "owner"),
        RecordStateJson.readStageTimes(row.getString("stage_times")),
        history,
        ownerHistory,
        Columns.instant(row, "created_at"),
        Columns.optionalInstant(row, "first_touch_at"),
        Columns.instant(row, "last_event_at"),
        row.getInt("event_count"));
  }

  private static StageMove move(ResultSet row) throws SQLException {
    return new StageMove(
        Columns.optionalText(row, "from_stage"),
        row.getString("to_stage"),
        Columns.instant(row, "moved_at"),
        TransitionKind.valueOf(row.getString("kind").toUpperCase(Locale.ROOT)),
        row.getString("actor"),
        row.getString("source"),
        Columns.optionalText(row, "reason_code"),
        row.getString("event_key"));
  }

  private static OwnerChange ownerChange(ResultSet row) throws SQLException {
    return new OwnerChange(
        Columns.optionalText(row, "from_owner"),
        row.getString("to_owner"),
        Columns.instant(row, "changed_at"),
        row.getString("actor"),
        row.getString("event_key"));
  }

  /** A history result set read alongside the states: it stays on a row until that row's record. */
  private static final class Cursor {
    private final ResultSet rows;
    private boolean onRow;

    Cursor(ResultSet rows) throws SQLException {
      this.rows = rows;
      this.onRow = rows.next();
    }

    boolean at(String recordId) throws SQLException {
      return onRow && rows.getString("record_id").equals(recordId);
    }

    void advance() throws SQLException {
      onRow = rows.next();
    }
  }
}
