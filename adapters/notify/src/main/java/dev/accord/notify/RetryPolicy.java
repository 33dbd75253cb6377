package dev.accord.notify;

import java.time.Duration;
import java.util.Objects;

/**
 * How often a delivery is tried in one round and how long to wait in between: the first wait, then
 * each one {@code multiplier} times the last, never longer than {@code maxDelay}.
 */
public record RetryPolicy(
    int maxAttempts, Duration firstDelay, double multiplier, Duration maxDelay) {

  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("a delivery is tried at least once: " + maxAttempts);
    }
    Objects.requireNonNull(firstDelay, "firstDelay");
    if (multiplier < 1) {
      throw new IllegalArgumentException("backoff cannot shrink: " + multiplier);
    }
    Objects.requireNonNull(maxDelay, "maxDelay");
  }

  /** Four tries, waiting 1 s, 2 s and 4 s in between. */
  public static RetryPolicy standard() {
    return new RetryPolicy(4, Duration.ofSeconds(1), 2, Duration.ofMinutes(1));
  }

  /** The wait before the given retry, counting the first retry as 1. */
  public Duration delayBefore(int retry) {
    double millis = firstDelay.toMillis() * Math.pow(multiplier, retry - 1);
    return millis >= maxDelay.toMillis() ? maxDelay : Duration.ofMillis((long) millis);
  }
}
