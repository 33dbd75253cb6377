package dev.accord.bench;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the benchmarks and prints each figure next to its baseline, measured in the same run, and
 * their ratio. {@code --quick} runs shorter and on less data, for a first look. {@code scorecard}
 * runs the scorecard benchmark instead, in this JVM (give it the heap: see {@code
 * scripts/bench-scorecard.sh}), on {@code --events N} events, ten million unless told.
 */
public final class BenchMain {

  private BenchMain() {}

  public static void main(String[] args) throws RunnerException, SQLException {
    boolean quick = List.of(args).contains("--quick");
    if (List.of(args).contains("scorecard")) {
      scorecard(args, quick);
      return;
    }
    int engineRecords = quick ? 5_000 : 20_000;
    int ingestRecords = quick ? 1_000 : 3_000;

    ChainedOptionsBuilder engine =
        new OptionsBuilder()
            .include(EngineBenchmark.class.getSimpleName())
            .param("records", Integer.toString(engineRecords));
    ChainedOptionsBuilder ingest =
        new OptionsBuilder()
            .include(IngestBenchmark.class.getSimpleName())
            .param("records", Integer.toString(ingestRecords));
    if (quick) {
      engine
          .warmupIterations(2)
          .warmupTime(TimeValue.seconds(1))
          .measurementIterations(3)
          .measurementTime(TimeValue.seconds(1));
      ingest.warmupIterations(1).measurementIterations(2);
    }
    Collection<RunResult> engineResults = new Runner(engine.build()).run();
    Collection<RunResult> ingestResults = new Runner(ingest.build()).run();

    long engineEvents = BenchData.events(BenchData.accord(), engineRecords).size();
    long ingestEvents = BenchData.events(BenchData.accord(), ingestRecords).size();
    List<String> rows = new ArrayList<>();
    rows.add(
        row(
            "engine: decode + enforce, 1 core",
            perSecond(engineResults, "decodeAndEnforce", "", engineEvents),
            perSecond(engineResults, "decodeOnly", "", engineEvents),
            "decode only"));
    double contract = perSecond(engineResults, "decodeEnforceAndContract", "", engineEvents);
    double lifecycle = perSecond(engineResults, "decodeAndEnforce", "", engineEvents);
    rows.add(
        row(
            "+ routing, SLA clocks, duplicates",
            contract,
            lifecycle,
            String.format(
                Locale.ROOT,
                "lifecycle alone; the contract costs %.2f µs an event",
                (1e6 / contract) - (1e6 / lifecycle))));
    for (String database : List.of("h2", "postgresql")) {
      rows.add(
          row(
              "durable ingest into " + database,
              perSecondSingleShot(ingestResults, "accordIngest", database, ingestEvents),
              perSecondSingleShot(ingestResults, "plainJdbcBatch", database, ingestEvents),
              "plain JDBC batch insert"));
    }
    System.out.println();
    System.out.printf(
        Locale.ROOT,
        "Accord benchmarks (%s run: %,d events for the engine, %,d for ingest; Java %s, %d cores)%n",
        quick ? "quick" : "full",
        engineEvents,
        ingestEvents,
        Runtime.version(),
        Runtime.getRuntime().availableProcessors());
    System.out.printf(
        Locale.ROOT,
        "%-36s %16s %16s %8s  %s%n",
        "figure",
        "events/s",
        "baseline/s",
        "ratio",
        "baseline");
    rows.forEach(System.out::println);
  }

  /** The scorecard over N events by the engine and by DuckDB, their ratio and the heap used. */
  private static void scorecard(String[] args, boolean quick) throws RunnerException, SQLException {
    List<String> arguments = List.of(args);
    int at = arguments.indexOf("--events");
    long events =
        at >= 0 && at + 1 < args.length
            ? Long.parseLong(args[at + 1].replace("_", ""))
            : quick ? 200_000 : 10_000_000;
    ChainedOptionsBuilder options =
        new OptionsBuilder()
            .include(ScorecardBenchmark.class.getSimpleName())
            .param("events", Long.toString(events))
            .shouldFailOnError(true);
    if (quick) {
      options
          .warmupIterations(2)
          .warmupTime(TimeValue.seconds(1))
          .measurementIterations(3)
          .measurementTime(TimeValue.seconds(1));
    }
    Collection<RunResult> results = new Runner(options.build()).run();
    double engine = millis(find(results, "engine", ""));
    double duckdb = millis(find(results, "duckdb", ""));
    ScorecardRig rig = ScorecardRig.of(events);
    System.out.println();
    System.out.printf(
        Locale.ROOT,
        "Accord scorecard benchmark (%s; Java %s, %d cores, max heap %,d MB)%n",
        rig.describe(),
        Runtime.version(),
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20);
    System.out.printf(
        Locale.ROOT, "%-44s %12s %12s %8s%n", "figure", "ms/scorecard", "DuckDB ms", "ratio");
    System.out.printf(
        Locale.ROOT,
        "%-44s %,12.1f %,12.1f %7.2fx  (engine time / DuckDB time: below 1 is faster)%n",
        "full scorecard, default accord, everything",
        engine,
        duckdb,
        engine / duckdb);
  }

  /** Milliseconds per operation of an average-time benchmark. */
  private static double millis(RunResult result) {
    TimeUnit unit = result.getParams().getTimeUnit();
    return result.getPrimaryResult().getScore() * unit.toNanos(1) / 1e6;
  }

  private static String row(String figure, double value, double baseline, String baselineName) {
    return String.format(
        Locale.ROOT,
        "%-36s %,16.0f %,16.0f %7.2fx  %s",
        figure,
        value,
        baseline,
        value / baseline,
        baselineName);
  }

  /** Events per second of a throughput benchmark whose one operation handles all the events. */
  private static double perSecond(
      Collection<RunResult> results, String benchmark, String database, long events) {
    RunResult result = find(results, benchmark, database);
    double operationsPerSecond = result.getPrimaryResult().getScore();
    return operationsPerSecond * events;
  }

  /** Events per second of a single-shot benchmark that stores all the events once. */
  private static double perSecondSingleShot(
      Collection<RunResult> results, String benchmark, String database, long events) {
    RunResult result = find(results, benchmark, database);
    double millis = result.getPrimaryResult().getScore();
    TimeUnit unit = result.getParams().getTimeUnit();
    double seconds = unit.toNanos(1) / 1e9 * millis;
    return events / seconds;
  }

  private static RunResult find(Collection<RunResult> results, String benchmark, String database) {
    return results.stream()
        .filter(r -> r.getParams().getBenchmark().endsWith("." + benchmark))
        .filter(r -> database.isEmpty() || database.equals(r.getParams().getParam("database")))
        .findFirst()
        .orElseThrow(
            () -> new IllegalStateException("no result for " + benchmark + " " + database));
  }
}
