package dev.accord.core.scorecard;

import dev.accord.core.exception.ExceptionType;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Copies the scorecard's facts, column by column, into DuckDB tables for the benchmark's baseline,
 * so that DuckDB counts exactly what the engine counts. It lives in the engine's package but only
 * in the bench module: the engine keeps its columns to itself, and nothing else needs to read them.
 *
 * <p>Records are named by their index in the facts, instants are epoch milliseconds as in the
 * facts, text is text. {@code seq} orders the versions of one field (or of the owner) in the order
 * they were learned, which breaks ties between versions of the same instant.
 */
public final class FactTables {

  private static final String SCHEMA =
      """
      CREATE TABLE records(record INTEGER, id VARCHAR, object VARCHAR, created_at BIGINT,
          created_known BIGINT, first_touch_at BIGINT, first_touch_known BIGINT);
      CREATE TABLE stage_entries(record INTEGER, stage VARCHAR, occurred_at BIGINT, known_at BIGINT);
      CREATE TABLE field_versions(record INTEGER, field VARCHAR, value VARCHAR, occurred_at BIGINT,
          known_at BIGINT, seq INTEGER);
      CREATE TABLE owners(record INTEGER, owner VARCHAR, occurred_at BIGINT, known_at BIGINT, seq INTEGER);
      CREATE TABLE sla_runs(record INTEGER, handoff VARCHAR, started BIGINT, start_known BIGINT,
          due BIGINT, stopped BIGINT, stop_known BIGINT, breached BOOLEAN, withdrawn BOOLEAN);
      CREATE TABLE exceptions(record INTEGER, type VARCHAR, occurred_at BIGINT, known_at BIGINT);
      CREATE TABLE events(record INTEGER, occurred_at BIGINT, known_at BIGINT);
      """;

  private FactTables() {}

  /** Creates the tables in the connection's database and fills them with the facts. */
  public static void load(ScorecardFacts facts, Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(SCHEMA);
    }
    DuckDBConnection duck = connection.unwrap(DuckDBConnection.class);
    records(facts, duck);
    entries(facts, duck);
    fields(facts, duck);
    owners(facts, duck);
    runs(facts, duck);
    exceptions(facts, duck);
    events(facts, duck);
  }

  private static void records(ScorecardFacts f, DuckDBConnection duck) throws SQLException {
    try (DuckDBAppender rows = duck.createAppender("records")) {
      for (int r = 0; r < f.recordIds.length; r++) {
        rows.beginRow().append(r).append(f.recordIds[r]);
        if (f.recordObject[r] < 0) {
          rows.appendNull();
        } else {
          rows.append(f.objects.value(f.recordObject[r]));
        }
        instant(rows, f.createdAt[r]);
        instant(rows, f.createdKnown[r]);
        instant(rows, f.firstTouchAt[r]);
        instant(rows, f.firstTouchKnown[r]);
        rows.endRow();
      }
    }
  }

  private static void entries(ScorecardFacts f, DuckDBConnection duck) throws SQLException {
    try (DuckDBAppender rows = duck.createAppender("stage_entries")) {
      for (int r = 0; r < f.recordIds.length; r++) {
        for (int e = f.entryStart[r]; e < f.entryStart[r + 1]; e++) {
          rows.beginRow()
              .append(r)
              .append(f.stages.value(f.entryStage[e]))
              .append(f.entryAt[e])
              .append(f.entryKnown[e])
              .endRow();
        }
      }
    }
  }

  private static void fields(ScorecardFacts f, DuckDBConnection duck) throws SQLException {
    try (DuckDBAppender rows = duck.createAppender("field_versions")) {
      for (Map.Entry<String, ScorecardFacts.Versions> field : f.fields.entrySet()) {
        ScorecardFacts.Versions versions = field.getValue();
        for (int v = 0; v < versions.record.length; v++) {
          rows.beginRow().append(versions.record[v]).append(field.getKey());
          if (versions.value[v] < 0) {
            rows.appendNull();
          } else {
            rows.append(versions.values.value(versions.value[v]));
          }
          rows.append(versions.at[v]).append(versions.known[v]).append(v).endRow();
        }
      }
    }
  }

  private static void owners(ScorecardFacts f, DuckDBConnection duck) throws SQLException {
    ScorecardFacts.Versions owners = f.owners;
    try (DuckDBAppender rows = duck.createAppender("owners")) {
      for (int v = 0; v < owners.record.length; v++) {
        rows.beginRow().append(owners.record[v]);
        if (owners.value[v] < 0) {
          rows.appendNull();
        } else {
          rows.append(owners.values.value(owners.value[v]));
        }
        rows.append(owners.at[v]).append(owners.known[v]).append(v).endRow();
      }
    }
  }

  private static void runs(ScorecardFacts f, DuckDBConnection duck) throws SQLException {
    try (DuckDBAppender rows = duck.createAppender("sla_runs")) {
      for (int run = 0; run < f.runRecord.length; run++) {
        rows.beginRow()
            .append(f.runRecord[run])
            .append(f.handoffs.value(f.runHandoff[run]))
            .append(f.runStarted[run])
            .append(f.runStartKnown[run]);
        rows.append(f.runDue[run]);
        instant(rows, f.runStopped[run]);
        instant(rows, f.runStopKnown[run]);
        rows.append(f.runBreached[run]).append(f.runWithdrawn[run]).endRow();
      }
    }
  }

  private static void exceptions(ScorecardFacts f, DuckDBConnection duck) throws SQLException {
    ExceptionType[] types = ExceptionType.values();
    try (DuckDBAppender rows = duck.createAppender("exceptions")) {
      for (int x = 0; x < f.exceptionRecord.length; x++) {
        rows.beginRow()
            .append(f.exceptionRecord[x])
            .append(types[f.exceptionType[x]].name())
            .append(f.exceptionAt[x])
            .append(f.exceptionKnown[x])
            .endRow();
      }
    }
  }

  private static void events(ScorecardFacts f, DuckDBConnection duck) throws SQLException {
    try (DuckDBAppender rows = duck.createAppender("events")) {
      for (int e = 0; e < f.eventRecord.length; e++) {
        rows.beginRow().append(f.eventRecord[e]).append(f.eventAt[e]).append(f.eventKnown[e]);
        rows.endRow();
      }
    }
  }

  /** An instant, or NULL for none. */
  private static void instant(DuckDBAppender rows, long millis) throws SQLException {
    if (millis == ScorecardFacts.NONE) {
      rows.appendNull();
    } else {
      rows.append(millis);
    }
  }
}
