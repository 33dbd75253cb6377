package dev.accord.notify;

import java.util.List;

/**
 * The deliveries not yet made. A delivery stays here from the moment it is owed until a channel has
 * taken it, so that a failure, or a stop of the process when a store backs the outbox, loses
 * nothing.
 */
public interface Outbox {

  /** Adds a delivery; one already owed under the same id is kept as it is. */
  void add(Delivery delivery);

  /** The deliveries still owed, oldest first. */
  List<Delivery> pending();

  /** Replaces a delivery still owed with its newer state, after a failed try. */
  void update(Delivery delivery);

  /** Removes a delivery that has been made. */
  void remove(String deliveryId);
}
