package dev.accord.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.core.event.RecordEvent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The same accord and settings always give the same funnel, event for event, whatever the threads
 * that tell it ahead; another seed gives another funnel.
 */
class DeterminismTest {

  private static final Instant START = Instant.parse("2026-01-05T00:00:00Z");

  @Test
  void the_same_seed_gives_the_same_first_ten_thousand_events() {
    List<RecordEvent> first = events(25_000, 7).limit(10_000).toList();
    List<RecordEvent> second = events(25_000, 7).limit(10_000).toList();

    assertThat(first).hasSize(10_000).isEqualTo(second);
  }

  @Test
  void the_same_seed_gives_the_same_digest_of_a_hundred_thousand_events() {
    String digest = digest(events(25_000, 11).limit(100_000));

    assertThat(digest(events(25_000, 11).limit(100_000))).isEqualTo(digest);
  }

  @Test
  void another_seed_gives_another_funnel() {
    assertThat(digest(events(2_000, 1))).isNotEqualTo(digest(events(2_000, 2)));
  }

  @Test
  void the_ground_truth_is_the_same_every_time_too() {
    Funnel funnel = FunnelGenerator.generate(DefaultAccords.DEFAULT, settings(3_000, 5));

    assertThat(funnel.groundTruth().toList()).isEqualTo(funnel.groundTruth().toList());
  }

  @Test
  void idempotency_keys_name_the_seed_the_record_and_the_event_number() {
    List<RecordEvent> events = SampleFunnel.EVENTS;

    // Unique, so a second delivery of an event is recognised and nothing else is.
    assertThat(events.stream().map(RecordEvent::idempotencyKey).distinct().count())
        .isEqualTo(events.size());
    RecordEvent firstCreated = events.getFirst();
    assertThat(firstCreated.idempotencyKey()).isEqualTo("g16-" + firstCreated.recordId() + "-1");
  }

  private static Stream<RecordEvent> events(long records, long seed) {
    return FunnelGenerator.generate(DefaultAccords.DEFAULT, settings(records, seed)).events();
  }

  private static GeneratorSettings settings(long records, long seed) {
    return GeneratorSettings.of(records, seed, START);
  }

  private static String digest(Stream<RecordEvent> events) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      events.forEachOrdered(event -> sha.update((event + "\n").getBytes(StandardCharsets.UTF_8)));
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
