package dev.accord.storage;

import dev.accord.core.event.RecordEvent;
import dev.accord.core.exception.ExceptionType;
import dev.accord.core.lifecycle.Verdict;
import dev.accord.core.scorecard.ScorecardFacts;
import dev.accord.core.scorecard.SlaRunFact;
import dev.accord.json.EventJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads what the scorecard counts out of the log's projections, each fact with when it happened and
 * when its event was received: records, stage entries and owners from the histories, field versions
 * from the creations and field changes the engine let in, the events and exceptions, and the SLA
 * runs. Every table is streamed once.
 */
final class ScorecardProjection {

  private ScorecardProjection() {}

  static ScorecardFacts read(Connection connection) throws SQLException {
    ScorecardFacts.Builder facts = ScorecardFacts.builder();
    records(connection, facts);
    entries(connection, facts);
    owners(connection, facts);
    fieldsAndEvents(connection, facts);
    exceptions(connection, facts);
    runs(connection, facts);
    return facts.build();
  }

  private static void records(Connection connection, ScorecardFacts.Builder facts)
      throws SQLException {
    String sql =
        "SELECT s.record_id, s.object_type, s.created_at, s.first_touch_at, e.received_at"
            + " FROM record_state s"
            + " LEFT JOIN stage_history h ON h.record_id = s.record_id AND h.position = 0"
            + " LEFT JOIN event_log e ON e.idempotency_key = h.event_key";
    stream(
        connection,
        sql,
        row -> {
          String id = row.getString("record_id");
          Instant created = Columns.instant(row, "created_at");
          Instant known = Columns.optionalInstant(row, "received_at").orElse(created);
          facts.created(id, row.getString("object_type"), created, known);
          Optional<Instant> touched = Columns.optionalInstant(row, "first_touch_at");
          if (touched.isPresent()) {
            facts.firstTouch(id, touched.get(), max(touched.get(), known));
          }
        });
  }

  private static void entries(Connection connection, ScorecardFacts.Builder facts)
      throws SQLException {
    String sql =
        "SELECT h.record_id, h.to_stage, h.moved_at, e.received_at FROM stage_history h"
            + " LEFT JOIN event_log e ON e.idempotency_key = h.event_key";
    stream(
        connection,
        sql,
        row -> {
          Instant at = Columns.instant(row, "moved_at");
          facts.entered(
              row.getString("record_id"),
              row.getString("to_stage"),
              at,
              Columns.optionalInstant(row, "received_at").orElse(at));
        });
  }

  private static void owners(Connection connection, ScorecardFacts.Builder facts)
      throws SQLException {
    String sql =
        "SELECT o.record_id, o.to_owner, o.changed_at, e.received_at FROM owner_history o"
            + " LEFT JOIN event_log e ON e.idempotency_key = o.event_key";
    stream(
        connection,
        sql,
        row -> {
          Instant at = Columns.instant(row, "changed_at");
          facts.owner(
              row.getString("record_id"),
              row.getString("to_owner"),
              at,
              Columns.optionalInstant(row, "received_at").orElse(at));
        });
  }

  /** Every event counts towards the exception rate; creations and changes let in set fields. */
  private static void fieldsAndEvents(Connection connection, ScorecardFacts.Builder facts)
      throws SQLException {
    String sql =
        "SELECT record_id, type, occurred_at, received_at, verdict, payload FROM event_log"
            + " ORDER BY seq";
    stream(
        connection,
        sql,
        row -> {
          String id = row.getString("record_id");
          Instant at = Columns.instant(row, "occurred_at");
          Instant known = Columns.instant(row, "received_at");
          facts.event(id, at, known);
          String type = row.getString("type");
          boolean setsFields = type.equals("record_created") || type.equals("fields_changed");
          if (!setsFields || Verdict.valueOf(row.getString("verdict")) == Verdict.REJECTED) {
            return;
          }
          RecordEvent event = EventJson.read(row.getString("payload"));
          Map<String, String> values =
              switch (event) {
                case RecordEvent.RecordCreated created -> created.fields();
                case RecordEvent.FieldsChanged changed -> changed.changes();
                default -> Map.of();
              };
          values.forEach((field, value) ->
              facts.field(
                  id, field, value.isEmpty() ? Optional.empty() : Optional.of(value), at, known));
        });
  }

  private static void exceptions(Connection connection, ScorecardFacts.Builder facts)
      throws SQLException {
    String sql =
        "SELECT x.record_id, x.type, x.occurred_at, e.received_at FROM exceptions x"
            + " LEFT JOIN event_log e ON e.idempotency_key = x.event_key";
    stream(
        connection,
        sql,
        row -> {
          Instant at = Columns.instant(row, "occurred_at");
          facts.exception(
              row.getString("record_id"),
              ExceptionType.valueOf(row.getString("type").toUpperCase(Locale.ROOT)),
              at,
              Columns.optionalInstant(row, "received_at").orElse(at));
        });
  }

  /**
   * The SLA runs, each start and stop known when the record's event that occurred at that instant
   * was received; a breach found by the clocks alone is known from its due instant.
   */
  private static void runs(Connection connection, ScorecardFacts.Builder facts)
      throws SQLException {
    String sql =
        "SELECT r.record_id, r.handoff_id, r.started_at, r.due_at, r.status, r.stopped_at,"
            + " r.breached,"
            + " (SELECT MIN(e.received_at) FROM event_log e WHERE e.record_id = r.record_id"
            + " AND e.occurred_at = r.started_at) AS start_known,"
            + " (SELECT MIN(e.received_at) FROM event_log e WHERE e.record_id = r.record_id"
            + " AND e.occurred_at = r.stopped_at) AS stop_known"
            + " FROM sla_runs r";
    stream(
        connection,
        sql,
        row -> {
          Instant started = Columns.instant(row, "started_at");
          Optional<Instant> stopped = Columns.optionalInstant(row, "stopped_at");
          Optional<Instant> stopKnown =
              Columns.optionalInstant(row, "stop_known").or(() -> stopped);
          facts.slaRun(
              new SlaRunFact(
                  row.getString("record_id"),
                  row.getString("handoff_id"),
                  started,
                  Columns.optionalInstant(row, "start_known").orElse(started),
                  Columns.instant(row, "due_at"),
                  stopped,
                  stopped.isPresent() ? stopKnown : Optional.empty(),
                  row.getBoolean("breached"),
                  row.getString("status").equals("WITHDRAWN")));
        });
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  @FunctionalInterface
  private interface Row {
    void accept(ResultSet row) throws SQLException;
  }

  private static void stream(Connection connection, String sql, Row consumer) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      select.setFetchSize(EventLog.FETCH_SIZE);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          consumer.accept(rows);
        }
      }
    }
  }
}
