package dev.accord.core.queue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.core.exception.DataQualityKind;
import dev.accord.core.exception.ExceptionCase;
import dev.accord.core.exception.ExceptionType;
import dev.accord.core.queue.TriagePack.Cause;
import dev.accord.core.queue.TriagePack.Tally;
import dev.accord.core.queue.TriagePack.WeekCount;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TriagePackTest {

  private static final TriageWeek WEEK = TriageWeek.parse("2026-W03").orElseThrow();

  private static QueuedException queued(String id, String owner, Instant raised, Duration sla) {
    var finding =
        new ExceptionCase.DataQualityFinding(
            "L-" + id, id, raised, DataQualityKind.SENTINEL, "industry", "Select", "placeholder");
    return QueuedException.raised(
        id, finding, new Triage(owner, ExceptionSeverity.LOW, raised.plus(sla)));
  }

  @Test
  void weeksAreIsoWeeksInUtc() {
    assertThat(WEEK.start()).isEqualTo(Instant.parse("2026-01-12T00:00:00Z"));
    assertThat(WEEK.end()).isEqualTo(Instant.parse("2026-01-19T00:00:00Z"));
    assertThat(WEEK.toString()).isEqualTo("2026-W03");
    assertThat(TriageWeek.parse("2026-W54")).isEmpty();
    assertThat(TriageWeek.parse("2020-W53").map(TriageWeek::toString)).contains("2020-W53");
  }

  @Test
  void sortsTheQueueIntoNewAgingAndOverdueAndCountsTheWeeksBefore() {
    Instant thisWeek = Instant.parse("2026-01-13T10:00:00Z");
    Instant lastWeek = Instant.parse("2026-01-07T10:00:00Z");
    QueuedException resolved =
        ((QueueOutcome.Changed)
                queued("e5", "ops", lastWeek, Duration.ofDays(1))
                    .apply(
                        new QueueCommand.Resolve(
                            QueueStatus.RESOLVED, "fixed", Optional.empty(), "ana"),
                        thisWeek))
            .exception();
    List<QueuedException> queue =
        List.of(
            queued("e1", "ops", thisWeek, Duration.ofDays(1)),
            queued("e2", "ops", thisWeek, Duration.ofDays(30)),
            queued("e3", "sdr", lastWeek, Duration.ofDays(30)),
            queued("e4", "sdr", lastWeek, Duration.ofDays(1)),
            resolved);

    TriagePack pack = TriagePack.of(WEEK, queue, Instant.parse("2026-02-01T00:00:00Z"));

    // Read at the end of the week, not at "now", so that a past week's pack does not change.
    assertThat(pack.asOf()).isEqualTo(WEEK.end());
    assertThat(pack.raised()).containsExactly(new Tally(ExceptionType.DATA_QUALITY, "ops", 2));
    assertThat(pack.aging()).containsExactly(new Tally(ExceptionType.DATA_QUALITY, "sdr", 1));
    assertThat(pack.overdue())
        .containsExactly(
            new Tally(ExceptionType.DATA_QUALITY, "ops", 1),
            new Tally(ExceptionType.DATA_QUALITY, "sdr", 1));
    assertThat(pack.topCauses()).containsExactly(new Cause("sentinel in industry (\"Select\")", 2));
    assertThat(pack.trend())
        .containsExactly(
            new WeekCount(TriageWeek.parse("2025-W52").orElseThrow(), 0),
            new WeekCount(TriageWeek.parse("2026-W01").orElseThrow(), 0),
            new WeekCount(TriageWeek.parse("2026-W02").orElseThrow(), 3),
            new WeekCount(WEEK, 2));
  }
}
