package dev.accord.storage;

import dev.accord.core.sla.Compliance;
import dev.accord.core.sla.SlaOutcome.EscalationDue;
import dev.accord.core.sla.SlaTimer;
import dev.accord.core.sla.SlaTimers;
import dev.accord.json.RoutingJson;
import dev.accord.json.SlaJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The SLA tables: each record's clocks with their next firing, the runs they hold as rows for
 * counting, and the escalations that fired. A record's clocks and runs are replaced together, so
 * the rows always say what the clocks say.
 */
final class SlaLedger {

  private SlaLedger() {}

  /** The stored clocks of the records that have any. */
  static Map<String, SlaTimers> clocks(Connection connection, Collection<String> recordIds)
      throws SQLException {
    Map<String, SlaTimers> clocks = new HashMap<>();
    List<String> ids = List.copyOf(recordIds);
    for (int from = 0; from < ids.size(); from += KnownValues.CHUNK) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + KnownValues.CHUNK));
      String sql =
          "SELECT clocks FROM sla_clocks WHERE record_id IN " + Columns.placeholders(chunk.size());
      try (PreparedStatement select = connection.prepareStatement(sql)) {
        for (int i = 0; i < chunk.size(); i++) {
          select.setString(i + 1, chunk.get(i));
        }
        readClocks(select, clocks);
      }
    }
    return clocks;
  }

  /** Up to {@code limit} records' clocks with something to fire by the instant, soonest first. */
  static Map<String, SlaTimers> dueBy(Connection connection, Instant now, int limit)
      throws SQLException {
    Map<String, SlaTimers> clocks = new LinkedHashMap<>();
    String sql =
        "SELECT clocks FROM sla_clocks WHERE next_firing <= ? ORDER BY next_firing, record_id"
            + " LIMIT ?";
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      Columns.setInstant(select, 1, now);
      select.setInt(2, limit);
      readClocks(select, clocks);
    }
    return clocks;
  }

  /** The soonest instant anything fires on any record's clocks. */
  static Optional<Instant> nextFiring(Connection connection) throws SQLException {
    try (PreparedStatement select =
            connection.prepareStatement("SELECT MIN(next_firing) AS next FROM sla_clocks");
        ResultSet row = select.executeQuery()) {
      return row.next() ? Columns.optionalInstant(row, "next") : Optional.empty();
    }
  }

  private static void readClocks(PreparedStatement select, Map<String, SlaTimers> into)
      throws SQLException {
    try (ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        SlaTimers timers = SlaJson.read(rows.getString(1));
        into.put(timers.recordId(), timers);
      }
    }
  }

  /** Replaces the records' clocks and their runs with the given ones. */
  static void save(Connection connection, Map<String, SlaTimers> clocks, NextFiring next)
      throws SQLException {
    if (clocks.isEmpty()) {
      return;
    }
    List<String> ids = List.copyOf(clocks.keySet());
    for (int from = 0; from < ids.size(); from += KnownValues.CHUNK) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + KnownValues.CHUNK));
      for (String table : List.of("sla_clocks", "sla_runs")) {
        try (PreparedStatement delete =
            connection.prepareStatement(
                "DELETE FROM "
                    + table
                    + " WHERE record_id IN "
                    + Columns.placeholders(chunk.size()))) {
          for (int i = 0; i < chunk.size(); i++) {
            delete.setString(i + 1, chunk.get(i));
          }
          delete.executeUpdate();
        }
      }
    }
    try (PreparedStatement clock =
            connection.prepareStatement(
                "INSERT INTO sla_clocks (record_id, clocks, next_firing) VALUES (?, ?, ?)");
        PreparedStatement run =
            connection.prepareStatement(
                "INSERT INTO sla_runs (record_id, handoff_id, run, owner_id, started_at, due_at,"
                    + " status, stopped_at, breached) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (SlaTimers timers : clocks.values()) {
        clock.setString(1, timers.recordId());
        clock.setString(2, SlaJson.write(timers));
        Columns.setInstant(clock, 3, next.of(timers));
        clock.addBatch();
        for (SlaTimer timer : timers.timers()) {
          run.setString(1, timers.recordId());
          run.setString(2, timer.handoffId());
          run.setInt(3, timer.run());
          Columns.setText(run, 4, timers.owner());
          Columns.setInstant(run, 5, timer.startedAt());
          Columns.setInstant(run, 6, timer.dueAt());
          run.setString(7, timer.status().name());
          Columns.setInstant(run, 8, timer.stoppedAt());
          run.setBoolean(9, timer.breached());
          run.addBatch();
        }
      }
      clock.executeBatch();
      run.executeBatch();
    }
  }

  /** When the clocks next fire, as the engine says; a port so the ledger needs no engine. */
  @FunctionalInterface
  interface NextFiring {
    Optional<Instant> of(SlaTimers timers);
  }

  /** Logs the escalations that fired, each once whatever how often it is replayed. */
  static int logEscalations(Connection connection, List<EscalationDue> fired) throws SQLException {
    Map<String, EscalationDue> byKey = new LinkedHashMap<>();
    fired.forEach(due -> byKey.putIfAbsent(FiredEscalation.keyOf(due), due));
    byKey
        .keySet()
        .removeAll(KnownValues.in(connection, "sla_escalations", "escalation_key", byKey.keySet()));
    String sql =
        "INSERT INTO sla_escalations (escalation_key, record_id, handoff_id, run, step_index,"
            + " fired_at, due_at, recipients) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    try (PreparedStatement insert = connection.prepareStatement(sql)) {
      for (Map.Entry<String, EscalationDue> entry : byKey.entrySet()) {
        EscalationDue due = entry.getValue();
        insert.setString(1, entry.getKey());
        insert.setString(2, due.recordId());
        insert.setString(3, due.handoffId());
        insert.setInt(4, due.run());
        insert.setInt(5, due.stepIndex());
        Columns.setInstant(insert, 6, due.at());
        Columns.setInstant(insert, 7, due.dueAt());
        insert.setString(8, RoutingJson.writeExplanation(due.recipients()));
        insert.addBatch();
      }
      insert.executeBatch();
    }
    return byKey.size();
  }

  /** The escalations not yet dispatched, oldest first. */
  static List<FiredEscalation> undispatched(Connection connection, int limit) throws SQLException {
    String sql =
        "SELECT escalation_key, record_id, handoff_id, run, step_index, fired_at, due_at,"
            + " recipients FROM sla_escalations WHERE dispatched_at IS NULL ORDER BY seq LIMIT ?";
    List<FiredEscalation> fired = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      select.setInt(1, limit);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          fired.add(
              new FiredEscalation(
                  rows.getString("escalation_key"),
                  rows.getString("record_id"),
                  rows.getString("handoff_id"),
                  rows.getInt("run"),
                  rows.getInt("step_index"),
                  Columns.instant(rows, "fired_at"),
                  Columns.instant(rows, "due_at"),
                  RoutingJson.readExplanation(rows.getString("recipients"))));
        }
      }
    }
    return fired;
  }

  static void markDispatched(Connection connection, String key, String how, Instant at)
      throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE sla_escalations SET dispatched_at = ?, dispatch = ? WHERE escalation_key = ?"
                + " AND dispatched_at IS NULL")) {
      Columns.setInstant(update, 1, at);
      update.setString(2, how);
      update.setString(3, key);
      update.executeUpdate();
    }
  }

  /** The runs, filtered, in record and run order. */
  static List<StoredRun> runs(Connection connection, RunFilter filter, int limit, int offset)
      throws SQLException {
    StringBuilder sql =
        new StringBuilder(
            "SELECT record_id, handoff_id, run, owner_id, started_at, due_at, status, stopped_at,"
                + " breached FROM sla_runs WHERE 1 = 1");
    List<String> parameters = new ArrayList<>();
    filter
        .handoff()
        .ifPresent(h -> {
          sql.append(" AND handoff_id = ?");
          parameters.add(h);
        });
    filter
        .owner()
        .ifPresent(o -> {
          sql.append(" AND owner_id = ?");
          parameters.add(o);
        });
    filter
        .recordId()
        .ifPresent(r -> {
          sql.append(" AND record_id = ?");
          parameters.add(r);
        });
    if (filter.openOnly()) {
      sql.append(" AND status IN ('RUNNING', 'PAUSED')");
    }
    if (filter.breachedOnly()) {
      sql.append(" AND breached");
    }
    sql.append(" ORDER BY due_at, record_id, handoff_id, run LIMIT ? OFFSET ?");
    List<StoredRun> runs = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
      int index = 1;
      for (String parameter : parameters) {
        select.setString(index++, parameter);
      }
      select.setInt(index++, limit);
      select.setInt(index, offset);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          runs.add(run(rows));
        }
      }
    }
    return runs;
  }

  private static StoredRun run(ResultSet rows) throws SQLException {
    Instant started = Columns.instant(rows, "started_at");
    return new StoredRun(
        rows.getString("record_id"),
        Columns.optionalText(rows, "owner_id"),
        rows.getString("handoff_id"),
        rows.getInt("run"),
        started,
        Columns.instant(rows, "due_at"),
        SlaTimer.Status.valueOf(rows.getString("status")),
        Columns.optionalInstant(rows, "stopped_at"),
        rows.getBoolean("breached"));
  }

  /** How every handoff's runs stand, per handoff and owner (no owner: the empty text). */
  static Map<String, Map<String, Compliance>> compliance(Connection connection)
      throws SQLException {
    String sql =
        "SELECT handoff_id, COALESCE(owner_id, '') AS owner,"
            + " SUM(CASE WHEN NOT breached AND status = 'MET' THEN 1 ELSE 0 END) AS met,"
            + " SUM(CASE WHEN breached THEN 1 ELSE 0 END) AS late,"
            + " SUM(CASE WHEN NOT breached AND status IN ('RUNNING', 'PAUSED') THEN 1 ELSE 0 END)"
            + " AS still_open,"
            + " SUM(CASE WHEN NOT breached AND status = 'WITHDRAWN' THEN 1 ELSE 0 END) AS gone"
            + " FROM sla_runs GROUP BY handoff_id, COALESCE(owner_id, '')"
            + " ORDER BY handoff_id, owner";
    Map<String, Map<String, Compliance>> byHandoff = new LinkedHashMap<>();
    try (PreparedStatement select = connection.prepareStatement(sql);
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        byHandoff
            .computeIfAbsent(rows.getString("handoff_id"), h -> new LinkedHashMap<>())
            .put(
                rows.getString("owner"),
                new Compliance(
                    rows.getInt("met"),
                    rows.getInt("late"),
                    rows.getInt("still_open"),
                    rows.getInt("gone")));
      }
    }
    return byHandoff;
  }
}
