package dev.accord.generator;

import dev.accord.core.event.RecordEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The events of a funnel gathered per record, in the order they happened. */
final class Records {

  private Records() {}

  static Map<String, List<RecordEvent>> inOccurrenceOrder(List<RecordEvent> events) {
    Map<String, List<RecordEvent>> records = new LinkedHashMap<>();
    for (RecordEvent event : events) {
      records.computeIfAbsent(event.recordId(), id -> new ArrayList<>()).add(event);
    }
    records.values().forEach(list -> list.sort(Comparator.comparing(RecordEvent::occurredAt)));
    return records;
  }
}
