package dev.accord.storage;

import dev.accord.core.event.RecordEvent;
import java.util.List;

/**
 * One delivery a sender such as a CRM webhook made, under the id the sender gives it, and the
 * events it was read as.
 */
public record Delivery(String id, List<RecordEvent> events) {

  public Delivery {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("a delivery needs its sender's id");
    }
    events = List.copyOf(events);
  }
}
