package dev.accord.notify;

import java.util.Objects;
import java.util.Optional;

/**
 * How one delivery went in one round of sending: delivered or still owed, after how many tries in
 * all, and the last error. A delivery still owed stays in the outbox.
 */
public record DeliveryReport(
    String deliveryId,
    String channelId,
    boolean delivered,
    int attempts,
    Optional<String> lastError) {

  public DeliveryReport {
    Objects.requireNonNull(deliveryId, "deliveryId");
    Objects.requireNonNull(channelId, "channelId");
    Objects.requireNonNull(lastError, "lastError");
  }
}
