package dev.accord.storage;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A notification owed to one channel, as the store's outbox keeps it: the payload is the channel
 * adapter's own text, which the store keeps without reading.
 *
 * @param id the delivery's id: unique per notification and channel
 * @param owedSince when it was put in the outbox
 * @param attempts how many tries have failed so far
 * @param lastError why the last try failed
 * @param deliveredAt when a channel took it; empty while it is owed
 */
public record OutboxEntry(
    String id,
    String channelId,
    String payload,
    Instant owedSince,
    int attempts,
    Optional<String> lastError,
    Optional<Instant> lastAttemptAt,
    Optional<Instant> deliveredAt) {

  public OutboxEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(channelId, "channelId");
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(owedSince, "owedSince");
    Objects.requireNonNull(lastError, "lastError");
    Objects.requireNonNull(lastAttemptAt, "lastAttemptAt");
    Objects.requireNonNull(deliveredAt, "deliveredAt");
  }

  /** A delivery owed from the instant, not tried yet. */
  public static OutboxEntry owed(String id, String channelId, String payload, Instant since) {
    return new OutboxEntry(
        id, channelId, payload, since, 0, Optional.empty(), Optional.empty(), Optional.empty());
  }
}
