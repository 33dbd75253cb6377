package dev.accord.storage;

import dev.accord.core.event.RecordEvent;
import dev.accord.core.lifecycle.Verdict;
import java.time.Instant;
import java.util.Objects;

/**
 * One line of the event log: the event as received, where it stands in arrival order, and what the
 * engine said of it under which accord version.
 *
 * @param seq its place in arrival order, increasing across the whole log
 * @param event the event
 * @param verdict the engine's verdict when it arrived
 * @param receivedAt when Accord stored it
 * @param accordVersion the accord version it was judged under
 */
public record LoggedEvent(
    long seq, RecordEvent event, Verdict verdict, Instant receivedAt, int accordVersion) {

  public LoggedEvent {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(receivedAt, "receivedAt");
  }
}
