package dev.accord.bench;

import dev.accord.core.scorecard.Scorecard;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole scorecard of the default accord — every KPI with its breakdowns, the watermelons, the
 * story and the funnels — over the facts of {@code events} generated events, computed by the engine
 * and, as the baseline, by equivalent SQL in an in-process DuckDB holding the same facts.
 *
 * <p>Both run in one JVM on one copy of the facts (hence no fork: JMH forks each benchmark method
 * on its own, and making ten million events into facts takes minutes), and before either is timed
 * their figures are checked against each other once: a difference fails the run. Start the JVM with
 * a heap large enough for the set-up, as {@code scripts/bench-scorecard.sh} does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(0)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ScorecardBenchmark {

  @Param("10000000")
  long events;

  private ScorecardRig rig;

  @Setup(Level.Trial)
  public void prepare() throws SQLException {
    rig = ScorecardRig.of(events);
    rig.check();
  }

  @Benchmark
  public Scorecard engine() {
    return rig.engine();
  }

  @Benchmark
  public ScorecardSql.Answer duckdb() throws SQLException {
    return rig.duckdb();
  }
}
