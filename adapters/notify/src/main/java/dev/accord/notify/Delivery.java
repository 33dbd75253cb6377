package dev.accord.notify;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A notification owed to one channel, as the outbox keeps it until it is sent: how often it has
 * been tried, and how the last try went.
 *
 * @param id the delivery's id in the outbox: the notification's key and the channel's id
 * @param channelId the channel it goes through
 * @param notification what it says
 * @param attempts how many times it has been tried so far
 * @param lastError why the last try failed, if one did
 * @param lastAttemptAt when it was last tried, if it has been
 */
public record Delivery(
    String id,
    String channelId,
    Notification notification,
    int attempts,
    Optional<String> lastError,
    Optional<Instant> lastAttemptAt) {

  public Delivery {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(channelId, "channelId");
    Objects.requireNonNull(notification, "notification");
    Objects.requireNonNull(lastError, "lastError");
    Objects.requireNonNull(lastAttemptAt, "lastAttemptAt");
  }

  static Delivery owed(String channelId, Notification notification) {
    return new Delivery(
        notification.key() + "@" + channelId,
        channelId,
        notification,
        0,
        Optional.empty(),
        Optional.empty());
  }

  Delivery failed(String error, Instant at) {
    return new Delivery(
        id, channelId, notification, attempts + 1, Optional.of(error), Optional.of(at));
  }
}
