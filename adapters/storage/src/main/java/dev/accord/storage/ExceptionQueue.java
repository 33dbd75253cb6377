package dev.accord.storage;

import dev.accord.core.exception.ExceptionCase;
import dev.accord.core.exception.ExceptionType;
import dev.accord.core.queue.ExceptionTriage;
import dev.accord.core.queue.Triage;
import dev.accord.json.ExceptionJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code exceptions} table: the queue of everything that broke the accord or failed a data
 * check, each kept once. An exception's id is the SHA-256 of its canonical JSON, which holds the
 * key of the event that raised it, its type and its evidence; the same event delivered again or
 * replayed therefore finds its exception already queued. A new exception is queued with the owner,
 * severity and due date the accord's triage gives it.
 */
final class ExceptionQueue {

  private ExceptionQueue() {}

  /**
   * Queues the exceptions the queue does not hold yet.
   *
   * @return how many were new
   */
  static int add(Connection connection, List<ExceptionCase> exceptions, ExceptionTriage triage)
      throws SQLException {
    Map<String, ExceptionCase> byId = new LinkedHashMap<>();
    exceptions.forEach(exception -> byId.putIfAbsent(id(exception), exception));
    byId.keySet().removeAll(KnownValues.in(connection, "exceptions", "id", byId.keySet()));
    String sql =
        "INSERT INTO exceptions (id, type, record_id, event_key, occurred_at, payload, owner,"
            + " severity, due_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    try (PreparedStatement insert = connection.prepareStatement(sql)) {
      for (Map.Entry<String, ExceptionCase> entry : byId.entrySet()) {
        ExceptionCase exception = entry.getValue();
        insert.setString(1, entry.getKey());
        insert.setString(2, ExceptionJson.wireName(exception.type()));
        insert.setString(3, exception.recordId());
        insert.setString(4, exception.eventKey());
        Columns.setInstant(insert, 5, exception.occurredAt());
        insert.setString(6, ExceptionJson.write(exception));
        Triage placed = triage.assess(exception);
        insert.setString(7, placed.owner());
        insert.setString(8, placed.severity().name().toLowerCase(Locale.ROOT));
        Columns.setInstant(insert, 9, placed.dueAt());
        insert.addBatch();
      }
      insert.executeBatch();
    }
    return byId.size();
  }

  /** Queued exceptions in the order they were raised, optionally those of one record. */
  static List<ExceptionCase> list(
      Connection connection, Optional<String> recordId, int limit, int offset) throws SQLException {
    String sql =
        "SELECT payload FROM exceptions"
            + recordId.map(id -> " WHERE record_id = ?").orElse("")
            + " ORDER BY seq LIMIT ? OFFSET ?";
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      int index = 1;
      if (recordId.isPresent()) {
        select.setString(index++, recordId.get());
      }
      select.setInt(index++, limit);
      select.setInt(index, offset);
      List<ExceptionCase> exceptions = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          exceptions.add(ExceptionJson.read(rows.getString(1)));
        }
      }
      return exceptions;
    }
  }

  /** How many exceptions of each type are queued; types with none are left out. */
  static Map<ExceptionType, Long> counts(Connection connection) throws SQLException {
    Map<ExceptionType, Long> counts = new EnumMap<>(ExceptionType.class);
    try (PreparedStatement select =
            connection.prepareStatement("SELECT type, COUNT(*) FROM exceptions GROUP BY type");
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        counts.put(
            ExceptionType.valueOf(rows.getString(1).toUpperCase(Locale.ROOT)), rows.getLong(2));
      }
    }
    return counts;
  }

  static String id(ExceptionCase exception) {
    return Sha256.hex(ExceptionJson.write(exception));
  }
}
