package dev.accord.bench;

import dev.accord.core.accord.Accord;
import dev.accord.core.scorecard.FactTables;
import dev.accord.core.scorecard.Funnel;
import dev.accord.core.scorecard.Metric;
import dev.accord.core.scorecard.Scorecard;
import dev.accord.core.scorecard.ScorecardEngine;
import dev.accord.core.scorecard.ScorecardFacts;
import dev.accord.core.scorecard.ScorecardQuery;
import dev.accord.holidays.JollydayPublicHolidays;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Both sides of the scorecard benchmark on one set of facts: the engine, and DuckDB in process with
 * the same facts in its tables. Built once per JVM and size, since making ten million events into
 * facts takes minutes; then each side computes the whole scorecard as often as it is asked.
 */
final class ScorecardRig {

  /** How close DuckDB's figures must come to the engine's, relatively. */
  static final double TOLERANCE = 1e-9;

  private static ScorecardRig current;

  /** The events asked for; {@link #events} is how many the funnel gave. */
  private final long requested;

  final long events;
  final ScorecardFacts facts;
  final double setupSeconds;
  final double loadSeconds;

  /** The heap the facts hold once set up (everything else collected), in bytes. */
  final long factsHeap;

  private final ScorecardEngine engine;
  private final ScorecardSql sql;
  private final Connection duckdb;
  private boolean checked;

  private ScorecardRig(long events) throws SQLException {
    this.requested = events;
    Accord accord = BenchData.accord();
    long start = System.nanoTime();
    this.facts = ScorecardWorld.facts(accord, new JollydayPublicHolidays(), events);
    this.events = facts.eventCount();
    long made = System.nanoTime();
    this.engine = accord.scorecardEngine();
    this.sql = new ScorecardSql(accord);
    this.duckdb = DriverManager.getConnection("jdbc:duckdb:");
    FactTables.load(facts, duckdb);
    long loaded = System.nanoTime();
    this.setupSeconds = (made - start) / 1e9;
    this.loadSeconds = (loaded - made) / 1e9;
    this.factsHeap = liveHeap();
  }

  /** The rig for the size, built on first use; a rig of another size is closed first. */
  static synchronized ScorecardRig of(long events) throws SQLException {
    if (current != null && current.requested != events) {
      current.close();
      current = null;
    }
    if (current == null) {
      current = new ScorecardRig(events);
    }
    return current;
  }

  Scorecard engine() {
    return engine.compute(facts, ScorecardQuery.everything());
  }

  ScorecardSql.Answer duckdb() throws SQLException {
    return sql.compute(duckdb);
  }

  /**
   * Checks, once per rig, that DuckDB computes what the engine does: every KPI's total, every
   * breakdown's keys and values, every funnel's entries and amounts.
   *
   * @throws IllegalStateException naming every difference
   */
  synchronized void check() throws SQLException {
    if (checked) {
      return;
    }
    List<String> differences = differences(engine(), duckdb());
    if (!differences.isEmpty()) {
      throw new IllegalStateException(
          "DuckDB and the engine disagree on "
              + differences.size()
              + " figures over "
              + events
              + " events:\n  "
              + String.join("\n  ", differences.subList(0, Math.min(50, differences.size()))));
    }
    checked = true;
  }

  static List<String> differences(Scorecard scorecard, ScorecardSql.Answer answer) {
    List<String> differences = new ArrayList<>();
    for (Metric metric : scorecard.metrics()) {
      String kpi = metric.id();
      double engineTotal = metric.value().orElse(Double.NaN);
      Double sqlTotal = answer.totals().get(kpi);
      if (sqlTotal == null || !close(engineTotal, sqlTotal)) {
        differences.add(kpi + ": engine " + engineTotal + ", DuckDB " + sqlTotal);
      }
      Map<String, Map<String, Double>> sqlBreakdowns =
          answer.breakdowns().getOrDefault(kpi, Map.of());
      TreeSet<String> dimensions = new TreeSet<>(metric.breakdowns().keySet());
      dimensions.addAll(sqlBreakdowns.keySet());
      for (String dimension : dimensions) {
        Map<String, Double> mine = metric.breakdowns().getOrDefault(dimension, Map.of());
        Map<String, Double> theirs = sqlBreakdowns.getOrDefault(dimension, Map.of());
        TreeSet<String> keys = new TreeSet<>(mine.keySet());
        keys.addAll(theirs.keySet());
        for (String key : keys) {
          Double a = mine.get(key);
          Double b = theirs.get(key);
          if (a == null || b == null || !close(a, b)) {
            differences.add(
                kpi + " by " + dimension + " " + key + ": engine " + a + ", DuckDB " + b);
          }
        }
      }
    }
    Map<String, double[]> cells = new TreeMap<>();
    for (Funnel funnel : scorecard.funnels()) {
      for (Funnel.Month month : funnel.months()) {
        for (Funnel.StageRow row : month.stages()) {
          if (row.entered() > 0) {
            cells.put(
                funnel.pipeline() + " " + month.month() + " " + row.stage(),
                new double[] {row.entered(), row.amount()});
          }
        }
      }
    }
    TreeSet<String> keys = new TreeSet<>(cells.keySet());
    keys.addAll(answer.funnel().keySet());
    for (String key : keys) {
      double[] a = cells.get(key);
      double[] b = answer.funnel().get(key);
      if (a == null || b == null || !close(a[0], b[0]) || !close(a[1], b[1])) {
        differences.add(
            "funnel "
                + key
                + ": engine "
                + (a == null ? "none" : a[0] + " for " + a[1])
                + ", DuckDB "
                + (b == null ? "none" : b[0] + " for " + b[1]));
      }
    }
    return differences;
  }

  private static boolean close(double a, double b) {
    if (Double.isNaN(a) || Double.isNaN(b)) {
      return Double.isNaN(a) && Double.isNaN(b);
    }
    return a == b || Math.abs(a - b) <= TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
  }

  String describe() {
    return String.format(
        Locale.ROOT,
        "%,d events: %,d records, %,d stage entries; facts made in %.0f s, loaded into DuckDB in"
            + " %.0f s; the facts hold %,d MB of heap",
        events,
        facts.recordCount(),
        facts.stageEntryCount(),
        setupSeconds,
        loadSeconds,
        factsHeap >> 20);
  }

  private void close() throws SQLException {
    duckdb.close();
  }

  private static long liveHeap() {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
