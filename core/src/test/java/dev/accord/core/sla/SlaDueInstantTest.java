package dev.accord.core.sla;

import static dev.accord.core.sla.Contract.ny;
import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.core.sla.Contract.Lead;
import dev.accord.core.sla.Contract.Run;
import dev.accord.core.sla.SlaOutcome.TimerBreached;
import dev.accord.core.sla.SlaOutcome.TimerMet;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A clock is breached at its business-time due instant itself, and not a nanosecond before. */
class SlaDueInstantTest {

  private final Lead lead = new Lead("L-1");

  private Run assignedAt(Instant at) {
    return new Run(Contract.engine(Contract.speedToLead()), "L-1")
        .on(lead.created(at, "mql"), lead.assigned(at, "sam"));
  }

  @ParameterizedTest(name = "assigned {0} falls due {1}")
  @CsvSource({
    // Friday evening: the 15 minutes run on Monday morning.
    "2026-01-09T16:50, 2026-01-12T09:05",
    // Friday before Martin Luther King Day: Monday is a holiday, Tuesday counts.
    "2026-01-16T16:50, 2026-01-20T09:05",
    // Friday before clocks spring forward: Monday's opening is an hour earlier in UTC.
    "2026-03-06T16:50, 2026-03-09T09:05",
  })
  void breachComesExactlyAtTheDueInstant(String assigned, String due) {
    Instant dueAt = ny(due);
    Run run = assignedAt(ny(assigned));

    run.advance(dueAt.minusNanos(1));
    assertThat(run.outcomes(TimerBreached.class)).isEmpty();

    run.advance(dueAt);
    assertThat(run.outcomes(TimerBreached.class))
        .containsExactly(new TimerBreached("L-1", "speed_to_lead", 1, ny(assigned), dueAt));
  }

  @Test
  void theDstDueInstantIsTenMinutesOfBusinessTimeAcrossTheWeekend() {
    Run run = assignedAt(ny("2026-03-06T16:50"));
    // 13:05 UTC on Monday 9 March is 09:05 EDT; a fixed offset would have said 14:05.
    assertThat(run.timers.active("speed_to_lead").orElseThrow().dueAt())
        .isEqualTo(Instant.parse("2026-03-09T13:05:00Z"));
  }

  @Test
  void aTouchAtTheDueInstantIsLateAndOneJustBeforeIsInTime() {
    Instant due = ny("2026-01-12T09:05");
    Run late = assignedAt(ny("2026-01-09T16:50")).on(lead.touched(due, "sam"));
    Run inTime =
        assignedAt(ny("2026-01-09T16:50"))
            .on(lead.touched(due.minus(Duration.ofSeconds(1)), "sam"));

    assertThat(late.outcomes(TimerMet.class)).extracting(TimerMet::inTime).containsExactly(false);
    assertThat(late.timers.compliance()).containsEntry("speed_to_lead", new Compliance(0, 1, 0, 0));
    assertThat(inTime.outcomes(TimerMet.class)).extracting(TimerMet::inTime).containsExactly(true);
    assertThat(inTime.outcomes(TimerBreached.class)).isEmpty();
  }
}
