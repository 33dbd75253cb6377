package dev.accord.cli;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Live operation of the SLA clocks on the real clock: catch up now, then sleep until the soonest
 * firing any record's clocks have — or at most the poll interval, so that clocks started by events
 * that arrived meanwhile are seen — and again, until the end instant or an interrupt. The clocks
 * themselves are the same pure engine an import replays, so live and replay fire the same.
 */
final class SlaScheduler {

  /** Waits; tests pass one that moves their clock on instead. */
  @FunctionalInterface
  interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;
  }

  private final Clock clock;
  private final Sleeper sleeper;
  private final Duration poll;

  SlaScheduler(Clock clock, Sleeper sleeper, Duration poll) {
    this.clock = clock;
    this.sleeper = sleeper;
    this.poll = poll;
  }

  /**
   * Runs rounds until {@code until} has passed (forever when empty) or the thread is interrupted.
   *
   * @param round catches the clocks up to the instant given
   * @param nextFiring the soonest firing after a round
   * @return how many rounds ran
   */
  int run(
      Optional<Instant> until, Consumer<Instant> round, Supplier<Optional<Instant>> nextFiring) {
    int rounds = 0;
    while (!Thread.currentThread().isInterrupted()) {
      Instant now = clock.instant();
      if (until.filter(now::isAfter).isPresent()) {
        break;
      }
      round.accept(now);
      rounds++;
      Instant wake = now.plus(poll);
      Optional<Instant> next = nextFiring.get();
      if (next.isPresent() && next.get().isBefore(wake)) {
        wake = next.get();
      }
      if (until.isPresent() && until.get().isBefore(wake)) {
        wake = until.get();
      }
      Duration wait = Duration.between(clock.instant(), wake);
      try {
        // Never a busy loop: a firing already due waits for the next millisecond at least.
        sleeper.sleep(wait.isNegative() || wait.isZero() ? Duration.ofMillis(1) : wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return rounds;
  }
}
