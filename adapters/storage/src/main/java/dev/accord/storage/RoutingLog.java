package dev.accord.storage;

import dev.accord.core.routing.AccountIndex;
import dev.accord.core.routing.Owner;
import dev.accord.core.routing.RoutingContext;
import dev.accord.core.routing.RoutingDecision;
import dev.accord.json.RecordStateJson;
import dev.accord.json.RoutingJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The routing decisions, appended in the order made, and the ledger that carries the routing
 * context from one batch to the next: whose turn it is in each rotation and how many open records
 * each person holds. Absences and accounts are not the ledger's: they come from outside each time.
 */
final class RoutingLog {

  private static final String PERSON = "person";
  private static final String QUEUE = "queue";

  private RoutingLog() {}

  /** The routing context as the last stored batch left it. */
  static RoutingContext ledger(Connection connection) throws SQLException {
    try (PreparedStatement select =
            connection.prepareStatement("SELECT turns, open_records FROM routing_ledger");
        ResultSet row = select.executeQuery()) {
      if (!row.next()) {
        return RoutingContext.empty();
      }
      return new RoutingContext(
          RoutingJson.readCounts(row.getString("open_records"), "routing ledger open records"),
          List.of(),
          AccountIndex.empty(),
          RoutingJson.readCounts(row.getString("turns"), "routing ledger turns"));
    }
  }

  static void saveLedger(Connection connection, RoutingContext context) throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE routing_ledger SET turns = ?, open_records = ? WHERE id = 1")) {
      update.setString(1, RoutingJson.writeCounts(context.turns()));
      update.setString(2, RoutingJson.writeCounts(context.openRecords()));
      update.executeUpdate();
    }
  }

  /** Appends the decisions after those each record already has, in the order given. */
  static void append(Connection connection, List<LoggedDecision> decisions) throws SQLException {
    if (decisions.isEmpty()) {
      return;
    }
    Map<String, Integer> next = new HashMap<>();
    String sql =
        "INSERT INTO routing_decisions (record_id, position, stage, decided_at, owner_kind,"
            + " owner_id, rule, matched_on, explanation, event_key)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    try (PreparedStatement insert = connection.prepareStatement(sql)) {
      for (LoggedDecision logged : decisions) {
        RoutingDecision decision = logged.decision();
        String recordId = decision.recordId();
        if (!next.containsKey(recordId)) {
          next.put(recordId, count(connection, recordId));
        }
        int position = next.merge(recordId, 1, Integer::sum) - 1;
        insert.setString(1, recordId);
        insert.setInt(2, position);
        insert.setString(3, decision.stage());
        Columns.setInstant(insert, 4, decision.decidedAt());
        Columns.setText(insert, 5, decision.owner().map(RoutingLog::kind));
        Columns.setText(insert, 6, decision.owner().map(Owner::id));
        Columns.setText(insert, 7, decision.rule());
        insert.setString(8, RecordStateJson.writeFields(decision.matchedOn()));
        insert.setString(9, RoutingJson.writeExplanation(decision.explanation()));
        insert.setString(10, logged.eventKey());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /** The record's decisions, oldest first. */
  static List<LoggedDecision> of(Connection connection, String recordId) throws SQLException {
    List<LoggedDecision> decisions = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT stage, decided_at, owner_kind, owner_id, rule, matched_on, explanation,"
                + " event_key FROM routing_decisions WHERE record_id = ? ORDER BY position")) {
      select.setString(1, recordId);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          RoutingDecision decision =
              new RoutingDecision(
                  recordId,
                  row.getString("stage"),
                  Columns.instant(row, "decided_at"),
                  owner(
                      Columns.optionalText(row, "owner_kind"),
                      Columns.optionalText(row, "owner_id")),
                  Columns.optionalText(row, "rule"),
                  RecordStateJson.readFields(row.getString("matched_on")),
                  RoutingJson.readExplanation(row.getString("explanation")),
                  RoutingContext.empty());
          decisions.add(new LoggedDecision(row.getString("event_key"), decision));
        }
      }
    }
    return List.copyOf(decisions);
  }

  private static int count(Connection connection, String recordId) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement("SELECT COUNT(*) FROM routing_decisions WHERE record_id = ?")) {
      select.setString(1, recordId);
      try (ResultSet row = select.executeQuery()) {
        row.next();
        return row.getInt(1);
      }
    }
  }

  private static String kind(Owner owner) {
    return switch (owner) {
      case Owner.Person person -> PERSON;
      case Owner.Queue queue -> QUEUE;
    };
  }

  private static Optional<Owner> owner(Optional<String> kind, Optional<String> id) {
    if (kind.isEmpty() || id.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        switch (kind.get()) {
          case PERSON -> new Owner.Person(id.get());
          case QUEUE -> new Owner.Queue(id.get());
          default ->
              throw new StorageException(
                  "routing decision of " + id.get() + " has an unknown owner kind " + kind.get());
        });
  }
}
