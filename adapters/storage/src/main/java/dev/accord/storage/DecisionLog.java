package dev.accord.storage;

import dev.accord.core.governance.Decision;
import dev.accord.core.governance.DecisionDomain;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The {@code decision_log} table: decisions appended, read back newest first. */
final class DecisionLog {

  private DecisionLog() {}

  static LoggedDecisionEntry append(Connection connection, Decision decision) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO decision_log (domain, subject, outcome, decided_by, held_as, decided_at,"
                + " rationale, evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            Statement.RETURN_GENERATED_KEYS)) {
      insert.setString(1, decision.domain().name().toLowerCase(Locale.ROOT));
      insert.setString(2, decision.subject());
      insert.setString(3, decision.outcome().name().toLowerCase(Locale.ROOT));
      insert.setString(4, decision.decidedBy());
      insert.setString(5, decision.heldAs());
      Columns.setInstant(insert, 6, decision.decidedAt());
      insert.setString(7, decision.rationale());
      // Evidence is one item a line, so an item may not hold a line break of its own.
      insert.setString(
          8,
          String.join("\n", decision.evidence().stream().map(e -> e.replace('\n', ' ')).toList()));
      insert.executeUpdate();
      try (ResultSet keys = insert.getGeneratedKeys()) {
        keys.next();
        return new LoggedDecisionEntry(keys.getLong(1), decision);
      }
    }
  }

  static List<LoggedDecisionEntry> page(
      Connection connection, Optional<String> subject, int limit, int offset) throws SQLException {
    String where = subject.isPresent() ? " WHERE subject = ?" : "";
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT * FROM decision_log" + where + " ORDER BY id DESC LIMIT ? OFFSET ?")) {
      int at = 1;
      if (subject.isPresent()) {
        select.setString(at++, subject.get());
      }
      select.setInt(at++, limit);
      select.setInt(at, offset);
      List<LoggedDecisionEntry> entries = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          entries.add(read(rows));
        }
      }
      return entries;
    }
  }

  static long count(Connection connection, Optional<String> subject) throws SQLException {
    String where = subject.isPresent() ? " WHERE subject = ?" : "";
    try (PreparedStatement select =
        connection.prepareStatement("SELECT COUNT(*) FROM decision_log" + where)) {
      if (subject.isPresent()) {
        select.setString(1, subject.get());
      }
      try (ResultSet rows = select.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  private static LoggedDecisionEntry read(ResultSet rows) throws SQLException {
    String evidence = rows.getString("evidence");
    return new LoggedDecisionEntry(
        rows.getLong("id"),
        new Decision(
            DecisionDomain.valueOf(rows.getString("domain").toUpperCase(Locale.ROOT)),
            rows.getString("subject"),
            Decision.Outcome.valueOf(rows.getString("outcome").toUpperCase(Locale.ROOT)),
            rows.getString("decided_by"),
            rows.getString("held_as"),
            Columns.instant(rows, "decided_at"),
            rows.getString("rationale"),
            evidence.isEmpty() ? List.of() : Arrays.asList(evidence.split("\n", -1))));
  }
}
