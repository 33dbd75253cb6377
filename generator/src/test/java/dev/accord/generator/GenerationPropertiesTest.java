package dev.accord.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.core.event.RecordEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** For any seed, size, start and span, generation runs to the end and repeats itself exactly. */
class GenerationPropertiesTest {

  @Property(tries = 100)
  void generation_never_throws_and_is_deterministic(
      @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 80) int records,
      @ForAll @LongRange(min = 0, max = 4_000_000_000L) long startSecond,
      @ForAll @IntRange(min = 1, max = 24 * 400) int spanHours) {
    GeneratorSettings settings =
        GeneratorSettings.of(records, seed, Instant.ofEpochSecond(startSecond))
            .withSpan(Duration.ofHours(spanHours));
    Funnel funnel = FunnelGenerator.generate(DefaultAccords.DEFAULT, settings);

    List<RecordEvent> events = funnel.events().toList();
    List<Truth> truth = funnel.groundTruth().toList();

    assertThat(FunnelGenerator.generate(DefaultAccords.DEFAULT, settings).events().toList())
        .isEqualTo(events);
    assertThat(funnel.groundTruth().toList()).isEqualTo(truth);
    assertThat(events.stream().filter(RecordEvent.RecordCreated.class::isInstance))
        .hasSizeGreaterThanOrEqualTo(records);
  }
}
