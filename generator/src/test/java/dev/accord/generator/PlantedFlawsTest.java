package dev.accord.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.accord.core.event.RecordEvent;
import dev.accord.core.event.RecordEvent.FieldsChanged;
import dev.accord.core.event.RecordEvent.RecordCreated;
import dev.accord.generator.Truth.DataGap;
import dev.accord.generator.Truth.LateEvent;
import dev.accord.generator.Truth.PlantedDuplicate;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What is planted is there, and the ground truth lists all of it: duplicates found by a plain
 * normalisation of the email are exactly the planted pairs, placeholders sit where the gaps say,
 * and the events that arrive out of order are exactly those the truth names.
 */
class PlantedFlawsTest {

  private static final List<RecordEvent> EVENTS = SampleFunnel.EVENTS;
  private static final GroundTruth TRUTH = SampleFunnel.TRUTH;

  @Test
  void records_sharing_a_normalised_email_are_exactly_the_planted_duplicates() {
    Map<String, String> emails = new HashMap<>();
    leads().forEach(lead -> emails.put(lead.recordId(), lead.fields().getOrDefault("email", "")));
    Map<String, Set<String>> byMailbox =
        emails.entrySet().stream()
            .filter(entry -> entry.getValue().contains("@"))
            .collect(
                Collectors.groupingBy(
                    entry -> mailbox(entry.getValue()),
                    Collectors.mapping(Map.Entry::getKey, Collectors.toSet())));
    Set<Set<String>> shared =
        byMailbox.values().stream().filter(ids -> ids.size() > 1).collect(Collectors.toSet());

    Map<String, Set<String>> planted = new HashMap<>();
    for (PlantedDuplicate pair : TRUTH.duplicates()) {
      Set<String> group = planted.computeIfAbsent(pair.originalId(), id -> new HashSet<>());
      group.add(pair.originalId());
      group.add(pair.duplicateId());
    }
    assertThat(shared).containsExactlyInAnyOrderElementsOf(planted.values());
    assertThat(TRUTH.duplicates().size() / (double) SampleFunnel.RECORDS)
        .isCloseTo(0.03, within(0.006));
  }

  @Test
  void duplicates_are_spelled_the_way_their_variations_say() {
    Map<String, RecordCreated> byId =
        leads().stream().collect(Collectors.toMap(RecordEvent::recordId, lead -> lead));
    for (PlantedDuplicate pair : TRUTH.duplicates()) {
      String original = byId.get(pair.originalId()).fields().get("email");
      String duplicate = byId.get(pair.duplicateId()).fields().get("email");
      boolean respelled = pair.variations().stream().anyMatch(v -> v.name().startsWith("EMAIL"));
      assertThat(duplicate.equals(original)).as(pair.toString()).isEqualTo(!respelled);
      assertThat(pair.variations()).isNotEmpty().doesNotHaveDuplicates();
    }
    Set<Variation> seen =
        TRUTH.duplicates().stream()
            .flatMap(pair -> pair.variations().stream())
            .collect(Collectors.toSet());
    assertThat(seen).containsExactlyInAnyOrder(Variation.values());
  }

  @Test
  void placeholders_and_missing_fields_are_where_the_gaps_say() {
    Map<String, Map<String, String>> firstValues = new HashMap<>();
    Records.inOccurrenceOrder(EVENTS)
        .forEach((record, events) -> {
          Map<String, String> first = new HashMap<>();
          for (RecordEvent event : events) {
            valuesOf(event).forEach(first::putIfAbsent);
          }
          firstValues.put(record, first);
        });

    assertThat(TRUTH.dataGaps()).hasSizeGreaterThan(1000);
    for (DataGap gap : TRUTH.dataGaps()) {
      String written = firstValues.get(gap.recordId()).get(gap.field());
      if (gap.placeholder().isPresent()) {
        assertThat(written).as(gap.toString()).isEqualTo(gap.placeholder().get());
      } else if (written != null) {
        // A field left out may be filled in later, before a stage that requires it.
        assertThat(written).as(gap.toString()).isNotIn("Select", "null", "N/A");
      }
    }
  }

  @Test
  void the_placeholders_people_type_are_all_there() {
    Set<String> values =
        EVENTS.stream()
            .flatMap(event -> valuesOf(event).values().stream())
            .collect(Collectors.toSet());

    assertThat(values).contains("Select", "null", "N/A", "[not provided]", "XX");
  }

  @Test
  void the_events_arriving_out_of_order_are_exactly_those_the_truth_names() {
    Map<String, Instant> newest = new HashMap<>();
    Map<String, Boolean> late = new HashMap<>();
    for (RecordEvent event : EVENTS) {
      Instant before = newest.get(event.recordId());
      if (before != null && event.occurredAt().isBefore(before)) {
        late.put(
            event.idempotencyKey(),
            Duration.between(event.occurredAt(), before).compareTo(Duration.ofHours(1)) > 0);
      } else {
        newest.put(event.recordId(), event.occurredAt());
      }
    }

    assertThat(
            TRUTH.lateEvents().stream()
                .collect(Collectors.toMap(LateEvent::eventKey, LateEvent::beyondWindow)))
        .isEqualTo(late);
    long beyond = TRUTH.lateEvents().stream().filter(LateEvent::beyondWindow).count();
    long inside = TRUTH.lateEvents().size() - beyond;
    // A few percent are put back in order by the engine; a few are too late for that.
    assertThat(inside / (double) EVENTS.size()).isBetween(0.005, 0.05);
    assertThat(beyond).isPositive().isLessThan(inside);
    assertThat(TRUTH.lateEvents())
        .allSatisfy(event ->
            assertThat(event.lag().compareTo(Duration.ofMinutes(45)) < 0)
                .isEqualTo(!event.beyondWindow()));
  }

  private static List<RecordCreated> leads() {
    return EVENTS.stream()
        .filter(e -> e instanceof RecordCreated && e.header().objectType().equals("lead"))
        .map(RecordCreated.class::cast)
        .toList();
  }

  private static Map<String, String> valuesOf(RecordEvent event) {
    return switch (event) {
      case RecordCreated created -> created.fields();
      case FieldsChanged changed -> changed.changes();
      default -> Map.of();
    };
  }

  /** The mailbox an address reaches: case aside, and Gmail's dots and plus-tags aside. */
  private static String mailbox(String email) {
    String lower = email.toLowerCase(Locale.ROOT);
    int at = lower.indexOf('@');
    String local = lower.substring(0, at);
    String domain = lower.substring(at + 1);
    if (domain.equals("gmail.com")) {
      local = Stream.of(local.split("\\+")).findFirst().orElseThrow().replace(".", "");
    }
    return local + "@" + domain;
  }
}
