package dev.accord.storage;

import dev.accord.core.event.RecordEvent;
import dev.accord.core.lifecycle.Verdict;
import dev.accord.json.EventJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The {@code event_log} table: every event received, in arrival order, as its canonical JSON with
 * the engine's verdict. Rows are only ever appended.
 */
final class EventLog {

  /** How many rows a streaming read fetches at a time. */
  static final int FETCH_SIZE = 1000;

  /** An event about to be appended, with the verdict it got. */
  record Entry(RecordEvent event, Verdict verdict) {}

  private EventLog() {}

  /** Which of the keys the log already holds. */
  static Set<String> knownKeys(Connection connection, Collection<String> keys) throws SQLException {
    return KnownValues.in(connection, "event_log", "idempotency_key", keys);
  }

  /** Appends the entries in order, so their sequence numbers follow the order given. */
  static void append(
      Connection connection, List<Entry> entries, int accordVersion, Instant receivedAt)
      throws SQLException {
    String sql =
        "INSERT INTO event_log (idempotency_key, record_id, object_type, type, occurred_at,"
            + " received_at, source, actor, payload, verdict, accord_version)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    try (PreparedStatement insert = connection.prepareStatement(sql)) {
      for (Entry entry : entries) {
        RecordEvent event = entry.event();
        insert.setString(1, event.idempotencyKey());
        insert.setString(2, event.recordId());
        insert.setString(3, event.header().objectType());
        insert.setString(4, EventJson.typeOf(event));
        Columns.setInstant(insert, 5, event.occurredAt());
        Columns.setInstant(insert, 6, receivedAt);
        insert.setString(7, event.header().source());
        insert.setString(8, event.header().actor());
        insert.setString(9, EventJson.write(event));
        insert.setString(10, entry.verdict().name());
        insert.setInt(11, accordVersion);
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /** Receives one record's logged events at a time. */
  @FunctionalInterface
  interface RecordEvents {
    void accept(String recordId, List<RecordEvent> eventsInArrivalOrder) throws SQLException;
  }

  /**
   * Streams the whole log one record at a time, each record's events in arrival order, without
   * holding more than one record's events in memory.
   *
   * @return how many events were read
   */
  static long forEachRecord(Connection connection, RecordEvents consumer) throws SQLException {
    long events = 0;
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT record_id, payload FROM event_log ORDER BY record_id, seq")) {
      select.setFetchSize(FETCH_SIZE);
      try (ResultSet rows = select.executeQuery()) {
        String current = null;
        List<RecordEvent> batch = new ArrayList<>();
        while (rows.next()) {
          String recordId = rows.getString(1);
          if (current != null && !current.equals(recordId)) {
            consumer.accept(current, List.copyOf(batch));
            batch.clear();
          }
          current = recordId;
          batch.add(EventJson.read(rows.getString(2)));
          events++;
        }
        if (current != null) {
          consumer.accept(current, List.copyOf(batch));
        }
      }
    }
    return events;
  }

  /** Every logged event of the record, in arrival order. */
  static List<LoggedEvent> events(Connection connection, String recordId) throws SQLException {
    String sql =
        "SELECT seq, payload, verdict, received_at, accord_version FROM event_log"
            + " WHERE record_id = ? ORDER BY seq";
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      select.setString(1, recordId);
      List<LoggedEvent> events = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          events.add(
              new LoggedEvent(
                  rows.getLong("seq"),
                  EventJson.read(rows.getString("payload")),
                  Verdict.valueOf(rows.getString("verdict")),
                  Columns.instant(rows, "received_at"),
                  rows.getInt("accord_version")));
        }
      }
      return events;
    }
  }

  static long count(Connection connection) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM event_log");
        ResultSet rows = select.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
