package dev.accord.storage;

import dev.accord.core.exception.ExceptionCase;
import dev.accord.core.lifecycle.Verdict;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What became of one event handed to {@link Store#ingest}: a duplicate is left alone; a new event
 * is logged with the engine's verdict and the exceptions it raised.
 *
 * @param idempotencyKey the event's key
 * @param arrival new or duplicate
 * @param verdict the engine's verdict on a new event; empty for a duplicate
 * @param exceptions what the engine raised on a new event; empty for a duplicate
 */
public record EventReceipt(
    String idempotencyKey,
    Arrival arrival,
    Optional<Verdict> verdict,
    List<ExceptionCase> exceptions) {

  public EventReceipt {
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    Objects.requireNonNull(arrival, "arrival");
    Objects.requireNonNull(verdict, "verdict");
    exceptions = List.copyOf(exceptions);
  }

  static EventReceipt duplicate(String idempotencyKey) {
    return new EventReceipt(idempotencyKey, Arrival.DUPLICATE, Optional.empty(), List.of());
  }

  static EventReceipt logged(
      String idempotencyKey, Verdict verdict, List<ExceptionCase> exceptions) {
    return new EventReceipt(idempotencyKey, Arrival.NEW, Optional.of(verdict), exceptions);
  }
}
