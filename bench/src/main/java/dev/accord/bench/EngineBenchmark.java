package dev.accord.bench;

import dev.accord.core.accord.Accord;
import dev.accord.core.calendar.PublicHolidays;
import dev.accord.core.lifecycle.LifecycleEngine;
import dev.accord.holidays.JollydayPublicHolidays;
import dev.accord.json.EventJson;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Enforcement in memory on one core: decoding the events and applying each under the accord's
 * lifecycle, against a baseline that only decodes the same events; and the handoff contract
 * (routing, SLA clocks, duplicate checks) on top, against the lifecycle alone. One operation is the
 * whole file.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class EngineBenchmark {

  @Param("20000")
  int records;

  private List<String> lines;
  private Accord accord;
  private LifecycleEngine engine;
  private PublicHolidays holidays;

  @Setup
  public void generate() {
    accord = BenchData.accord();
    lines = BenchData.lines(BenchData.events(accord, records));
    engine = accord.lifecycleEngine();
    holidays = new JollydayPublicHolidays();
  }

  @Benchmark
  public void decodeOnly(Blackhole blackhole) {
    for (String line : lines) {
      blackhole.consume(EventJson.read(line));
    }
  }

  /** The lifecycle and the handoff contract: routing, SLA clocks and duplicate checks. */
  @Benchmark
  public void decodeEnforceAndContract(Blackhole blackhole) {
    ContractBook book = new ContractBook(accord, holidays);
    for (String line : lines) {
      blackhole.consume(book.ingest(EventJson.read(line)));
    }
  }

  @Benchmark
  public void decodeAndEnforce(Blackhole blackhole) {
    RecordBook book = new RecordBook(engine);
    for (String line : lines) {
      blackhole.consume(book.ingest(EventJson.read(line)));
    }
  }
}
