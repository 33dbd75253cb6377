package dev.accord.storage;

import dev.accord.core.lifecycle.Verdict;
import java.util.List;
import java.util.Optional;

/**
 * What one {@link Store#ingest} call did, committed as a whole.
 *
 * @param receipts one per event handed in, in the same order
 * @param newExceptions how many exceptions (raised by the engine or found by the importer) were new
 *     to the exception queue
 */
public record IngestReport(List<EventReceipt> receipts, int newExceptions) {

  public IngestReport {
    receipts = List.copyOf(receipts);
  }

  public long count(Arrival arrival) {
    return receipts.stream().filter(receipt -> receipt.arrival() == arrival).count();
  }

  public long count(Verdict verdict) {
    return receipts.stream()
        .filter(receipt -> receipt.verdict().equals(Optional.of(verdict)))
        .count();
  }
}
