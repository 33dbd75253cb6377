package dev.accord.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code notification_outbox} table. A delivery is added in the same transaction that marks its
 * escalation dispatched, so a stop of the process between the two loses nothing and sends nothing
 * twice; it stays owed until a channel takes it, and stays afterwards as the record of it.
 */
final class NotificationOutbox {

  private NotificationOutbox() {}

  /** Adds the deliveries the outbox does not hold yet. */
  static void add(Connection connection, List<OutboxEntry> entries) throws SQLException {
    List<OutboxEntry> fresh = new ArrayList<>(entries);
    var known =
        KnownValues.in(
            connection,
            "notification_outbox",
            "delivery_id",
            fresh.stream().map(OutboxEntry::id).toList());
    fresh.removeIf(entry -> known.contains(entry.id()));
    String sql =
        "INSERT INTO notification_outbox (delivery_id, channel_id, payload, owed_since, attempts)"
            + " VALUES (?, ?, ?, ?, ?)";
    try (PreparedStatement insert = connection.prepareStatement(sql)) {
      for (OutboxEntry entry : fresh) {
        insert.setString(1, entry.id());
        insert.setString(2, entry.channelId());
        insert.setString(3, entry.payload());
        Columns.setInstant(insert, 4, entry.owedSince());
        insert.setInt(5, entry.attempts());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /** The deliveries still owed, oldest first. */
  static List<OutboxEntry> owed(Connection connection) throws SQLException {
    return list(connection, "WHERE delivered_at IS NULL ORDER BY seq", Integer.MAX_VALUE);
  }

  /** Deliveries made or owed, newest first, at most {@code limit}: what people were told. */
  static List<OutboxEntry> recent(Connection connection, int limit) throws SQLException {
    return list(connection, "ORDER BY seq DESC", limit);
  }

  private static List<OutboxEntry> list(Connection connection, String clauses, int limit)
      throws SQLException {
    String sql =
        "SELECT delivery_id, channel_id, payload, owed_since, attempts, last_error,"
            + " last_attempt_at, delivered_at FROM notification_outbox "
            + clauses
            + " LIMIT ?";
    List<OutboxEntry> entries = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      select.setInt(1, limit);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          entries.add(
              new OutboxEntry(
                  rows.getString("delivery_id"),
                  rows.getString("channel_id"),
                  rows.getString("payload"),
                  Columns.instant(rows, "owed_since"),
                  rows.getInt("attempts"),
                  Columns.optionalText(rows, "last_error"),
                  Columns.optionalInstant(rows, "last_attempt_at"),
                  Columns.optionalInstant(rows, "delivered_at")));
        }
      }
    }
    return entries;
  }

  static void failed(Connection connection, String id, int attempts, String error, Instant at)
      throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE notification_outbox SET attempts = ?, last_error = ?, last_attempt_at = ?"
                + " WHERE delivery_id = ?")) {
      update.setInt(1, attempts);
      update.setString(2, error);
      Columns.setInstant(update, 3, at);
      update.setString(4, id);
      update.executeUpdate();
    }
  }

  static void delivered(Connection connection, String id, Instant at) throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE notification_outbox SET delivered_at = ? WHERE delivery_id = ?")) {
      Columns.setInstant(update, 1, at);
      update.setString(2, id);
      update.executeUpdate();
    }
  }
}
