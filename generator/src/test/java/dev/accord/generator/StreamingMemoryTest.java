package dev.accord.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * A million events stream through without being held: the heap in use, measured after a collection
 * every two hundred thousand events, stays far below what the events themselves take (several
 * hundred megabytes).
 */
class StreamingMemoryTest {

  private static final long MEGABYTE = 1024 * 1024;

  @Test
  void a_million_events_stream_in_bounded_memory() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    AtomicLong most = new AtomicLong();
    GeneratorSettings settings =
        GeneratorSettings.of(215_000, 9, Instant.parse("2026-01-05T00:00:00Z"));
    AtomicLong seen = new AtomicLong();

    long events =
        FunnelGenerator.generate(DefaultAccords.DEFAULT, settings)
            .events()
            .peek(event -> {
              if (seen.incrementAndGet() % 200_000 == 0) {
                System.gc();
                most.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
              }
            })
            .count();

    assertThat(events).isGreaterThan(1_000_000);
    assertThat(most.get() / MEGABYTE).isLessThan(120);
  }
}
