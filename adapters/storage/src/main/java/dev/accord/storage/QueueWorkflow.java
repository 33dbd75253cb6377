package dev.accord.storage;

import dev.accord.core.exception.ExceptionCase;
import dev.accord.core.queue.AuditEntry;
import dev.accord.core.queue.Comment;
import dev.accord.core.queue.ExceptionSeverity;
import dev.accord.core.queue.QueueCommand;
import dev.accord.core.queue.QueueOutcome;
import dev.accord.core.queue.QueueStatus;
import dev.accord.core.queue.QueuedException;
import dev.accord.json.ExceptionJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The exception queue as people work it: listing it by status, type and owner, and carrying out
 * their commands on one exception. A command is judged by the core's workflow; what it changes is
 * written with its audit entries and comment in the caller's transaction, so a change is never kept
 * without its trail.
 */
final class QueueWorkflow {

  private static final String COLUMNS =
      "id, payload, owner, severity, due_at, status, resolution_code";

  private QueueWorkflow() {}

  /** The exceptions the filter selects, in the order they were queued. */
  static List<QueuedException> list(
      Connection connection, QueueFilter filter, int limit, int offset) throws SQLException {
    List<String> values = new ArrayList<>();
    String sql =
        "SELECT "
            + COLUMNS
            + " FROM exceptions"
            + where(filter, values)
            + " ORDER BY seq LIMIT ? OFFSET ?";
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      int index = 1;
      for (String value : values) {
        select.setString(index++, value);
      }
      select.setInt(index++, limit);
      select.setInt(index, offset);
      return withHistory(connection, rows(select));
    }
  }

  /** How many exceptions the filter selects. */
  static long count(Connection connection, QueueFilter filter) throws SQLException {
    List<String> values = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement("SELECT COUNT(*) FROM exceptions" + where(filter, values))) {
      for (int i = 0; i < values.size(); i++) {
        select.setString(i + 1, values.get(i));
      }
      try (ResultSet rows = select.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  /** The filter as a {@code WHERE} clause (or nothing), its values added in order. */
  private static String where(QueueFilter filter, List<String> values) {
    List<String> conditions = new ArrayList<>();
    filter.status().ifPresent(status -> add(conditions, values, "status", status.word()));
    filter.type().ifPresent(type -> add(conditions, values, "type", ExceptionJson.wireName(type)));
    filter.owner().ifPresent(owner -> add(conditions, values, "owner", owner));
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  /** The exception with the id, if the queue holds it. */
  static Optional<QueuedException> find(Connection connection, String id) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement("SELECT " + COLUMNS + " FROM exceptions WHERE id = ?")) {
      select.setString(1, id);
      return withHistory(connection, rows(select)).stream().findFirst();
    }
  }

  /** The ids that start with the prefix, at most {@code limit} of them, in id order. */
  static List<String> idsStartingWith(Connection connection, String prefix, int limit)
      throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT id FROM exceptions WHERE id LIKE ? ESCAPE '!' ORDER BY id LIMIT ?")) {
      select.setString(1, prefix.replaceAll("[!%_]", "!$0") + "%");
      select.setInt(2, limit);
      List<String> ids = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getString(1));
        }
      }
      return ids;
    }
  }

  /** Carries out the command at the instant; empty when the queue holds no such exception. */
  static Optional<QueueOutcome> apply(
      Connection connection, String id, QueueCommand command, Instant at) throws SQLException {
    Optional<QueuedException> found = find(connection, id);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    QueuedException before = found.get();
    QueueOutcome outcome = before.apply(command, at);
    if (outcome instanceof QueueOutcome.Changed changed) {
      save(connection, before, changed);
    }
    return Optional.of(outcome);
  }

  private static void save(
      Connection connection, QueuedException before, QueueOutcome.Changed change)
      throws SQLException {
    QueuedException after = change.exception();
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE exceptions SET owner = ?, status = ?, resolution_code = ? WHERE id = ?")) {
      update.setString(1, after.owner());
      update.setString(2, after.status().word());
      Columns.setText(update, 3, after.resolutionCode());
      update.setString(4, after.id());
      update.executeUpdate();
    }
    if (change.comment().isPresent()) {
      Comment comment = change.comment().get();
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO exception_comments (exception_id, position, written_at, author, body)"
                  + " VALUES (?, ?, ?, ?, ?)")) {
        insert.setString(1, after.id());
        insert.setInt(2, before.comments().size());
        Columns.setInstant(insert, 3, comment.at());
        insert.setString(4, comment.author());
        insert.setString(5, comment.text());
        insert.executeUpdate();
      }
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO exception_audit (exception_id, position, changed_at, actor, what,"
                + " before_value, after_value) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      int position = before.audit().size();
      for (AuditEntry entry : change.audit()) {
        insert.setString(1, after.id());
        insert.setInt(2, position++);
        Columns.setInstant(insert, 3, entry.at());
        insert.setString(4, entry.by());
        insert.setString(5, entry.what().word());
        insert.setString(6, entry.before());
        insert.setString(7, entry.after());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private static void add(
      List<String> conditions, List<String> values, String column, String value) {
    conditions.add(column + " = ?");
    values.add(value);
  }

  /** The exceptions the statement selects, without comments and audit yet. */
  private static List<QueuedException> rows(PreparedStatement select) throws SQLException {
    List<QueuedException> found = new ArrayList<>();
    try (ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        ExceptionCase exception = ExceptionJson.read(rows.getString("payload"));
        found.add(
            new QueuedException(
                rows.getString("id"),
                exception,
                rows.getString("owner"),
                ExceptionSeverity.valueOf(rows.getString("severity").toUpperCase(Locale.ROOT)),
                Columns.instant(rows, "due_at"),
                QueueStatus.valueOf(rows.getString("status").toUpperCase(Locale.ROOT)),
                Columns.optionalText(rows, "resolution_code"),
                List.of(),
                List.of()));
      }
    }
    return found;
  }

  /** The exceptions with their comments and audit trails, read for all of them at once. */
  private static List<QueuedException> withHistory(
      Connection connection, List<QueuedException> exceptions) throws SQLException {
    Map<String, List<Comment>> comments = new HashMap<>();
    Map<String, List<AuditEntry>> audit = new HashMap<>();
    List<String> ids = exceptions.stream().map(QueuedException::id).toList();
    for (int from = 0; from < ids.size(); from += KnownValues.CHUNK) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + KnownValues.CHUNK));
      readComments(connection, chunk, comments);
      readAudit(connection, chunk, audit);
    }
    Map<String, QueuedException> byId = new LinkedHashMap<>();
    for (QueuedException e : exceptions) {
      byId.put(
          e.id(),
          new QueuedException(
              e.id(),
              e.exceptionCase(),
              e.owner(),
              e.severity(),
              e.dueAt(),
              e.status(),
              e.resolutionCode(),
              comments.getOrDefault(e.id(), List.of()),
              audit.getOrDefault(e.id(), List.of())));
    }
    return List.copyOf(byId.values());
  }

  private static void readComments(
      Connection connection, List<String> ids, Map<String, List<Comment>> into)
      throws SQLException {
    readPerException(
        connection,
        "SELECT exception_id, written_at, author, body FROM exception_comments",
        ids,
        into,
        rows ->
            new Comment(
                Columns.instant(rows, "written_at"),
                rows.getString("author"),
                rows.getString("body")));
  }

  private static void readAudit(
      Connection connection, List<String> ids, Map<String, List<AuditEntry>> into)
      throws SQLException {
    readPerException(
        connection,
        "SELECT exception_id, changed_at, actor, what, before_value, after_value"
            + " FROM exception_audit",
        ids,
        into,
        rows ->
            new AuditEntry(
                Columns.instant(rows, "changed_at"),
                rows.getString("actor"),
                AuditEntry.Audited.valueOf(rows.getString("what").toUpperCase(Locale.ROOT)),
                rows.getString("before_value"),
                rows.getString("after_value")));
  }

  /** Reads one row type of a child table for the exceptions, each exception's rows in order. */
  private static <T> void readPerException(
      Connection connection,
      String selectFrom,
      List<String> ids,
      Map<String, List<T>> into,
      RowReader<T> reader)
      throws SQLException {
    String sql =
        selectFrom
            + " WHERE exception_id IN "
            + Columns.placeholders(ids.size())
            + " ORDER BY exception_id, position";
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      for (int i = 0; i < ids.size(); i++) {
        select.setString(i + 1, ids.get(i));
      }
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          into.computeIfAbsent(rows.getString("exception_id"), id -> new ArrayList<>())
              .add(reader.read(rows));
        }
      }
    }
  }

  /** Reads one value from the current row of a result. */
  @FunctionalInterface
  private interface RowReader<T> {
    T read(ResultSet row) throws SQLException;
  }
}
