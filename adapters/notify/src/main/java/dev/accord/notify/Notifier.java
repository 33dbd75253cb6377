package dev.accord.notify;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Sends notifications through every channel, by way of the outbox: each notification becomes one
 * delivery per channel, put in the outbox first; a round of sending tries every owed delivery with
 * backoff between tries, removes what was delivered and keeps, with its attempts and last error,
 * what was not, for the next round.
 */
public final class Notifier {

  /** Waits between tries; tests pass one that only records the waits. */
  @FunctionalInterface
  public interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;
  }

  private final Map<String, NotificationChannel> channels;
  private final Outbox outbox;
  private final RetryPolicy policy;
  private final Sleeper sleeper;
  private final Clock clock;

  public Notifier(
      List<NotificationChannel> channels,
      Outbox outbox,
      RetryPolicy policy,
      Sleeper sleeper,
      Clock clock) {
    this.channels =
        channels.stream()
            .collect(
                Collectors.toMap(
                    NotificationChannel::id,
                    Function.identity(),
                    (a, b) -> {
                      throw new IllegalArgumentException("two channels named " + a.id());
                    },
                    java.util.LinkedHashMap::new));
    this.outbox = outbox;
    this.policy = policy;
    this.sleeper = sleeper;
    this.clock = clock;
  }

  /** Owes the notification to every channel, then sends what is owed. */
  public List<DeliveryReport> send(Notification notification) {
    channels.keySet().forEach(id -> outbox.add(Delivery.owed(id, notification)));
    return flush();
  }

  /** A round of sending: every delivery still owed is tried again. */
  public List<DeliveryReport> flush() {
    List<DeliveryReport> reports = new ArrayList<>();
    for (Delivery owed : outbox.pending()) {
      reports.add(attempt(owed));
    }
    return reports;
  }

  private DeliveryReport attempt(Delivery owed) {
    Optional<NotificationChannel> channel = Optional.ofNullable(channels.get(owed.channelId()));
    if (channel.isEmpty()) {
      return report(owed, false);
    }
    Delivery delivery = owed;
    for (int tryNumber = 1; tryNumber <= policy.maxAttempts(); tryNumber++) {
      if (tryNumber > 1 && !pause(policy.delayBefore(tryNumber - 1))) {
        break;
      }
      try {
        channel.get().deliver(delivery.notification());
        outbox.remove(delivery.id());
        return new DeliveryReport(
            delivery.id(),
            delivery.channelId(),
            true,
            delivery.attempts() + 1,
            delivery.lastError());
      } catch (DeliveryException e) {
        delivery = delivery.failed(e.getMessage(), clock.instant());
        outbox.update(delivery);
      }
    }
    return report(delivery, false);
  }

  private boolean pause(Duration delay) {
    try {
      sleeper.sleep(delay);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static DeliveryReport report(Delivery delivery, boolean delivered) {
    return new DeliveryReport(
        delivery.id(), delivery.channelId(), delivered, delivery.attempts(), delivery.lastError());
  }
}
