package dev.accord.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.core.event.RecordEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * The merge reads stories chapter by chapter and tells them again at bookmarks; whatever it holds
 * at a time, it must give exactly the order of all events sorted by arrival.
 */
class ArrivalOrderTest {

  @Test
  void the_merge_gives_every_event_in_arrival_order() {
    // A short span crowds thousands of long stories together, so many are resumed from bookmarks.
    GeneratorSettings settings =
        GeneratorSettings.of(4_000, 3, Instant.parse("2026-03-02T00:00:00Z"))
            .withSpan(Duration.ofDays(10));
    Storyteller teller = new Storyteller(Scene.of(DefaultAccords.DEFAULT, settings));
    record Arrival(long second, long story, int seq, String key) {}
    List<Arrival> expected = new ArrayList<>();
    LongStream.range(0, settings.records())
        .mapToObj(teller::tell)
        .forEach(story ->
            story
                .occurrences()
                .forEach(o ->
                    expected.add(
                        new Arrival(
                            o.arrivesAt(), story.index(), o.seq(), o.header().idempotencyKey()))));
    expected.sort(
        Comparator.comparingLong(Arrival::second)
            .thenComparingLong(Arrival::story)
            .thenComparingInt(Arrival::seq));

    List<String> merged =
        FunnelGenerator.generate(DefaultAccords.DEFAULT, settings)
            .events()
            .map(RecordEvent::idempotencyKey)
            .toList();

    assertThat(merged).isEqualTo(expected.stream().map(Arrival::key).toList());
  }

  @Test
  void a_funnel_of_no_records_has_no_events() {
    GeneratorSettings settings = GeneratorSettings.of(0, 1, Instant.parse("2026-03-02T00:00:00Z"));

    assertThat(FunnelGenerator.generate(DefaultAccords.DEFAULT, settings).events()).isEmpty();
  }
}
