package dev.accord.bench;

import dev.accord.core.lifecycle.LifecycleEngine;
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
 * Lifecycle enforcement in memory on one core: decoding the events and applying each under the
 * accord, against a baseline that only decodes the same events. One operation is the whole file.
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
  private LifecycleEngine engine;

  @Setup
  public void generate() {
    var accord = BenchData.accord();
    lines = BenchData.lines(BenchData.events(accord, records));
    engine = accord.lifecycleEngine();
  }

  @Benchmark
  public void decodeOnly(Blackhole blackhole) {
    for (String line : lines) {
      blackhole.consume(EventJson.read(line));
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
