package dev.accord.notify;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An outbox in memory, for a single process and for tests; it is safe to share between threads. */
public final class InMemoryOutbox implements Outbox {

  private final Map<String, Delivery> owed = new LinkedHashMap<>();

  @Override
  public synchronized void add(Delivery delivery) {
    owed.putIfAbsent(delivery.id(), delivery);
  }

  @Override
  public synchronized List<Delivery> pending() {
    return List.copyOf(owed.values());
  }

  @Override
  public synchronized void update(Delivery delivery) {
    owed.replace(delivery.id(), delivery);
  }

  @Override
  public synchronized void remove(String deliveryId) {
    owed.remove(deliveryId);
  }
}
