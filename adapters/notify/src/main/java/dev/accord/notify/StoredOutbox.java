package dev.accord.notify;

import dev.accord.storage.OutboxEntry;
import dev.accord.storage.Store;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The outbox kept in the workspace's store: a delivery owed survives a stop of the process, a
 * failed try is counted with its error, and a delivery made stays as the record of it.
 */
public final class StoredOutbox implements Outbox {

  private final Store store;
  private final Clock clock;

  public StoredOutbox(Store store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /** The outbox entry that owes the delivery. */
  static OutboxEntry entry(Delivery delivery, java.time.Instant owedSince) {
    return OutboxEntry.owed(
        delivery.id(),
        delivery.channelId(),
        NotificationJson.write(delivery.notification()),
        owedSince);
  }

  @Override
  public void add(Delivery delivery) {
    store.owe(List.of(entry(delivery, clock.instant())));
  }

  @Override
  public List<Delivery> pending() {
    return store.owedDeliveries().stream()
        .map(owed ->
            new Delivery(
                owed.id(),
                owed.channelId(),
                NotificationJson.read(owed.payload()),
                owed.attempts(),
                owed.lastError(),
                owed.lastAttemptAt()))
        .toList();
  }

  @Override
  public void update(Delivery delivery) {
    store.deliveryFailed(
        delivery.id(),
        delivery.attempts(),
        delivery.lastError().orElse("failed"),
        delivery.lastAttemptAt().orElseGet(clock::instant));
  }

  @Override
  public void remove(String deliveryId) {
    store.delivered(deliveryId, clock.instant());
  }

  /** The notification an outbox entry carries, for showing what people were told. */
  public static Optional<Notification> notificationOf(OutboxEntry entry) {
    try {
      return Optional.of(NotificationJson.read(entry.payload()));
    } catch (IllegalStateException e) {
      return Optional.empty();
    }
  }
}
