package dev.accord.storage;

import dev.accord.core.routing.Absence;
import dev.accord.core.routing.AccountEntry;
import dev.accord.core.routing.AccountIndex;
import dev.accord.core.routing.Owner;
import dev.accord.core.routing.RoutingContext;
import dev.accord.core.routing.RoutingDecision;
import dev.accord.core.routing.RoutingTable;
import dev.accord.json.RecordStateJson;
import dev.accord.json.RoutingJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The routing decisions, appended in the order made, and the ledger that carries the routing
 * context from one batch to the next: whose turn it is in each rotation and how many open records
 * each person holds; the holds behind those counts; the accounts the account-owner strategy finds;
 * and the times people are out of office.
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

  /** The absences that end after the instant, earliest first. */
  static List<Absence> absencesEndingAfter(Connection connection, Instant instant)
      throws SQLException {
    List<Absence> absences = new ArrayList<>();
    for (StoredAbsence stored : absences(connection, Optional.of(instant))) {
      absences.add(stored.absence());
    }
    return absences;
  }

  /** Every absence, or those ending after the instant, earliest end first. */
  static List<StoredAbsence> absences(Connection connection, Optional<Instant> endingAfter)
      throws SQLException {
    String sql =
        "SELECT id, person_id, starts_at, ends_at, note FROM absences"
            + endingAfter.map(at -> " WHERE ends_at > ?").orElse("")
            + " ORDER BY ends_at, id";
    List<StoredAbsence> absences = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      if (endingAfter.isPresent()) {
        Columns.setInstant(select, 1, endingAfter.get());
      }
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          absences.add(
              new StoredAbsence(
                  rows.getLong("id"),
                  new Absence(
                      rows.getString("person_id"),
                      Columns.instant(rows, "starts_at"),
                      Columns.instant(rows, "ends_at")),
                  rows.getString("note")));
        }
      }
    }
    return absences;
  }

  static long addAbsence(Connection connection, Absence absence, String note) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO absences (person_id, starts_at, ends_at, note) VALUES (?, ?, ?, ?)",
            new String[] {"id"})) {
      insert.setString(1, absence.person());
      Columns.setInstant(insert, 2, absence.from());
      Columns.setInstant(insert, 3, absence.until());
      insert.setString(4, note);
      insert.executeUpdate();
      try (ResultSet key = insert.getGeneratedKeys()) {
        key.next();
        return key.getLong(1);
      }
    }
  }

  static boolean removeAbsence(Connection connection, long id) throws SQLException {
    try (PreparedStatement delete =
        connection.prepareStatement("DELETE FROM absences WHERE id = ?")) {
      delete.setLong(1, id);
      return delete.executeUpdate() > 0;
    }
  }

  /** The stored accounts found by the record's domain or company name. */
  static List<AccountEntry> accountsMatching(Connection connection, RoutingTable.AccountKeys keys)
      throws SQLException {
    if (keys.domain().isEmpty() && keys.company().isEmpty()) {
      return List.of();
    }
    String sql =
        "SELECT record_id, domain_key, company_key, owner_id FROM routing_accounts WHERE"
            + " domain_key = ? OR company_key = ? ORDER BY record_id";
    List<AccountEntry> found = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      Columns.setText(select, 1, keys.domain());
      Columns.setText(select, 2, keys.company());
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          found.add(
              new AccountEntry(
                  rows.getString("record_id"),
                  Columns.optionalText(rows, "domain_key"),
                  Columns.optionalText(rows, "company_key"),
                  rows.getString("owner_id")));
        }
      }
    }
    return found;
  }

  /** Replaces the stored accounts of the records given; an empty entry removes one. */
  static void saveAccounts(Connection connection, Map<String, Optional<AccountEntry>> accounts)
      throws SQLException {
    if (accounts.isEmpty()) {
      return;
    }
    try (PreparedStatement delete =
            connection.prepareStatement("DELETE FROM routing_accounts WHERE record_id = ?");
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO routing_accounts (record_id, domain_key, company_key, owner_id)"
                    + " VALUES (?, ?, ?, ?)")) {
      for (Map.Entry<String, Optional<AccountEntry>> account : accounts.entrySet()) {
        delete.setString(1, account.getKey());
        delete.addBatch();
        if (account.getValue().isPresent()) {
          AccountEntry entry = account.getValue().get();
          insert.setString(1, entry.recordId());
          Columns.setText(insert, 2, entry.domain());
          Columns.setText(insert, 3, entry.company());
          insert.setString(4, entry.owner());
          insert.addBatch();
        }
      }
      delete.executeBatch();
      insert.executeBatch();
    }
  }

  /** The person whose capacity the record counts towards, if routing gave it to one. */
  static Optional<String> hold(Connection connection, String recordId) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement("SELECT person_id FROM routing_holds WHERE record_id = ?")) {
      select.setString(1, recordId);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
      }
    }
  }

  /** Replaces the holds of the records given; an empty person ends the hold. */
  static void saveHolds(Connection connection, Map<String, Optional<String>> holds)
      throws SQLException {
    if (holds.isEmpty()) {
      return;
    }
    try (PreparedStatement delete =
            connection.prepareStatement("DELETE FROM routing_holds WHERE record_id = ?");
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO routing_holds (record_id, person_id) VALUES (?, ?)")) {
      for (Map.Entry<String, Optional<String>> hold : holds.entrySet()) {
        delete.setString(1, hold.getKey());
        delete.addBatch();
        if (hold.getValue().isPresent()) {
          insert.setString(1, hold.getKey());
          insert.setString(2, hold.getValue().get());
          insert.addBatch();
        }
      }
      delete.executeBatch();
      insert.executeBatch();
    }
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
