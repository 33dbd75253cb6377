package dev.accord.generator;

import dev.accord.generator.Truth.LateEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Out-of-order delivery: a few events reach Accord after a younger event of the same record. Most
 * are overtaken by a neighbour minutes younger, well inside the reorder window, so the engine puts
 * them back in order; a few enrichments arrive after events far beyond the window, so the engine
 * must flag them. The creation of a record is never late.
 */
final class Lateness {

  private final Duration window;
  private final Imperfections imperfections;

  Lateness(Duration window, Imperfections imperfections) {
    this.window = window;
    this.imperfections = imperfections;
  }

  /** The occurrences with their delivery seconds, some planted late. */
  List<Occurrence> plant(List<Occurrence> occurrences, SplittableRandom random) {
    List<Occurrence> delivered = new ArrayList<>(occurrences);
    for (List<Integer> record : byRecord(occurrences)) {
      for (int k = 1; k + 1 < record.size(); k++) {
        Occurrence event = occurrences.get(record.get(k));
        long at = second(event);
        double roll = random.nextDouble();
        if (event.enrichment() && roll < imperfections.lateBeyondWindow()) {
          long far = at + (long) (1.5 * window.toSeconds());
          for (int m = k + 1; m < record.size(); m++) {
            long later = second(occurrences.get(record.get(m)));
            if (later > far) {
              delivered.set(record.get(k), event.arrivingAt(later + 1 + random.nextInt(600)));
              break;
            }
          }
        } else if (random.nextDouble() < imperfections.lateWithinWindow()) {
          long next = second(occurrences.get(record.get(k + 1)));
          if (next - at <= window.toSeconds() / 2) {
            delivered.set(record.get(k), event.arrivingAt(next + 1 + random.nextInt(60)));
          }
        }
      }
    }
    return delivered;
  }

  /**
   * The events that reach Accord after a younger event of their record, and by how much: what the
   * engine will see as out of order.
   */
  List<LateEvent> observe(Story story) {
    List<LateEvent> late = new ArrayList<>();
    Map<String, Instant> newest = new LinkedHashMap<>();
    for (Occurrence arrival : story.arrivals()) {
      String record = arrival.header().recordId();
      Instant at = arrival.header().occurredAt();
      Instant before = newest.get(record);
      if (before != null && at.isBefore(before)) {
        boolean beyond = Duration.between(at, before).compareTo(window) > 0;
        late.add(new LateEvent(record, arrival.header().idempotencyKey(), at, before, beyond));
      } else {
        newest.put(record, at);
      }
    }
    late.sort(Comparator.comparing(LateEvent::occurredAt).thenComparing(LateEvent::eventKey));
    return late;
  }

  /** The positions of each record's occurrences; a story has only a few records. */
  private static List<List<Integer>> byRecord(List<Occurrence> occurrences) {
    List<String> records = new ArrayList<>(4);
    List<List<Integer>> positions = new ArrayList<>(4);
    for (int i = 0; i < occurrences.size(); i++) {
      String record = occurrences.get(i).header().recordId();
      int at = records.indexOf(record);
      if (at < 0) {
        records.add(record);
        positions.add(new ArrayList<>());
        at = records.size() - 1;
      }
      positions.get(at).add(i);
    }
    return positions;
  }

  private static long second(Occurrence occurrence) {
    return occurrence.header().occurredAt().getEpochSecond();
  }
}
