package dev.accord.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The live scheduler on a clock the test moves: it wakes exactly when something is due. */
class SlaSchedulerTest {

  private static final Instant START = Instant.parse("2026-11-23T09:00:00Z");

  /** A clock that a sleep moves on, as time would. */
  private static final class SteppedClock extends Clock {
    private Instant now = START;

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void itWakesAtEachFiringAndPollsInBetween() {
    SteppedClock clock = new SteppedClock();
    List<Instant> firings = new ArrayList<>(List.of(START.plusSeconds(90), START.plusSeconds(100)));
    List<Instant> rounds = new ArrayList<>();
    SlaScheduler scheduler =
        new SlaScheduler(
            clock, duration -> clock.now = clock.now.plus(duration), Duration.ofMinutes(1));

    int count =
        scheduler.run(
            Optional.of(START.plusSeconds(180)),
            now -> {
              rounds.add(now);
              firings.removeIf(firing -> !firing.isAfter(now));
            },
            () -> firings.stream().findFirst());

    // 09:00 start; 09:01 poll; 09:01:30 and 09:01:40 firings; 09:02:40 poll; 09:03 the end.
    assertThat(rounds)
        .containsExactly(
            START,
            START.plusSeconds(60),
            START.plusSeconds(90),
            START.plusSeconds(100),
            START.plusSeconds(160),
            START.plusSeconds(180));
    assertThat(count).isEqualTo(6);
  }

  @Test
  void anInterruptStopsItAfterTheRoundInHand() {
    SteppedClock clock = new SteppedClock();
    SlaScheduler scheduler =
        new SlaScheduler(
            clock,
            duration -> {
              throw new InterruptedException();
            },
            Duration.ofMinutes(1));

    int count = scheduler.run(Optional.empty(), now -> {}, Optional::empty);

    assertThat(count).isEqualTo(1);
    assertThat(Thread.interrupted()).isTrue();
  }
}
