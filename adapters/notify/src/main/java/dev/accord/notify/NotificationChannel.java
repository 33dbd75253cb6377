package dev.accord.notify;

/**
 * A way of telling people: a webhook, an email, the log. A channel tries once; retrying, backing
 * off and keeping what is not delivered belong to the {@link Notifier}.
 */
public interface NotificationChannel {

  /** The channel's name in delivery reports, such as {@code webhook} or {@code email}. */
  String id();

  /**
   * Delivers the notification once.
   *
   * @throws DeliveryException when it could not be delivered; the message says why
   */
  void deliver(Notification notification) throws DeliveryException;
}
