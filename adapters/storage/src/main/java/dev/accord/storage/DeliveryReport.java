package dev.accord.storage;

import java.util.List;
import java.util.Objects;

/**
 * What {@link Store#ingestDeliveries} did, committed as a whole.
 *
 * @param ingest what became of the events of the deliveries new to the store
 * @param repeated the ids of the deliveries taken in before (or twice in the same call), whose
 *     events were left alone
 */
public record DeliveryReport(IngestReport ingest, List<String> repeated) {

  public DeliveryReport {
    Objects.requireNonNull(ingest, "ingest");
    repeated = List.copyOf(repeated);
  }
}
