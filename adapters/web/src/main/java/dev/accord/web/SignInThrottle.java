package dev.accord.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down guessing tokens at the sign-in form: after {@link #FAILURES} failed sign-ins from one
 * address within {@link #WINDOW}, that address may not try again until the oldest failure leaves
 * the window. A successful sign-in clears the address's failures.
 */
final class SignInThrottle {

  static final int FAILURES = 5;
  static final Duration WINDOW = Duration.ofMinutes(5);

  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
  private final Clock clock;

  SignInThrottle(Clock clock) {
    this.clock = clock;
  }

  /** How long the address must wait before trying again; empty when it may try now. */
  Optional<Duration> wait(String address) {
    Deque<Instant> recent = failures.get(address);
    if (recent == null) {
      return Optional.empty();
    }
    synchronized (recent) {
      Instant now = clock.instant();
      while (!recent.isEmpty() && !recent.peekFirst().plus(WINDOW).isAfter(now)) {
        recent.pollFirst();
      }
      if (recent.size() < FAILURES) {
        return Optional.empty();
      }
      return Optional.of(Duration.between(now, recent.peekFirst().plus(WINDOW)));
    }
  }

  void failed(String address) {
    Deque<Instant> recent = failures.computeIfAbsent(address, key -> new ArrayDeque<>());
    synchronized (recent) {
      recent.addLast(clock.instant());
      while (recent.size() > FAILURES) {
        recent.pollFirst();
      }
    }
  }

  void succeeded(String address) {
    failures.remove(address);
  }
}
