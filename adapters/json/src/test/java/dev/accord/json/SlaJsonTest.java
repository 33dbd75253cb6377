package dev.accord.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.accord.core.sla.SlaTimer;
import dev.accord.core.sla.SlaTimers;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class SlaJsonTest {

  private static final Instant START = Instant.parse("2026-03-06T16:30:00Z");

  @Test
  void keepsAPausedBreachedRunWithItsFiredSteps() {
    // A run paused in nurture after two rungs fired: every part of it matters when it resumes.
    var run =
        new SlaTimer(
            "mql_to_sales",
            2,
            START,
            START.plus(Duration.ofHours(70)),
            SlaTimer.Status.PAUSED,
            Duration.ofHours(4),
            Duration.ofMinutes(90),
            START,
            Optional.empty(),
            true,
            List.of(0, 2));
    var timers =
        new SlaTimers(
            "L-7",
            Optional.of(START.plusSeconds(60)),
            Optional.of("nurture"),
            Optional.of("ana"),
            Optional.of(START.minusSeconds(600)),
            Optional.of(START),
            Optional.empty(),
            List.of("sal_to_sql"),
            List.of(run));

    String json = SlaJson.write(timers);

    assertThat(json)
        .contains("\"status\":\"PAUSED\"", "\"used\":\"PT1H30M\"", "\"firedSteps\":[0,2]")
        .doesNotContain("firstTouchAt");
    assertThat(SlaJson.read(json)).isEqualTo(timers);
  }

  @Test
  void refusesAnUnknownRunStatusByName() {
    String json =
        SlaJson.write(SlaTimers.of("L-1"))
            .replace(
                "\"timers\":[]",
                "\"timers\":[{\"handoffId\":\"h\",\"run\":1,\"startedAt\":\"2026-01-01T00:00:00Z\","
                    + "\"dueAt\":\"2026-01-01T01:00:00Z\",\"status\":\"SLEEPING\","
                    + "\"budget\":\"PT1H\",\"used\":\"PT0S\",\"segmentStart\":"
                    + "\"2026-01-01T00:00:00Z\",\"breached\":false,\"firedSteps\":[]}]");

    assertThatThrownBy(() -> SlaJson.read(json))
        .isInstanceOf(EventJsonException.class)
        .hasMessageContaining("'SLEEPING'");
  }

  @Property
  void readsBackWhatItWrites(@ForAll("clocks") SlaTimers timers) {
    assertThat(SlaJson.read(SlaJson.write(timers))).isEqualTo(timers);
  }

  @Provide
  Arbitrary<SlaTimers> clocks() {
    Arbitrary<SlaTimer> runs =
        Combinators.combine(
                JsonArbitraries.nonBlank(),
                Arbitraries.integers().between(1, 9),
                JsonArbitraries.instants(),
                JsonArbitraries.instants(),
                Arbitraries.of(SlaTimer.Status.class),
                JsonArbitraries.durations(),
                JsonArbitraries.instants().optional(),
                Arbitraries.integers().between(0, 5).list().ofMaxSize(4))
            .as((handoff, run, start, due, status, used, stopped, fired) ->
                new SlaTimer(
                    handoff,
                    run,
                    start,
                    due,
                    status,
                    used.abs(),
                    used.abs().dividedBy(2),
                    start,
                    stopped,
                    fired.size() % 2 == 0,
                    fired));
    return Combinators.combine(
            JsonArbitraries.nonBlank(),
            JsonArbitraries.instants().optional(),
            JsonArbitraries.text().optional(),
            JsonArbitraries.text().optional(),
            JsonArbitraries.instants().optional(),
            JsonArbitraries.instants().optional(),
            JsonArbitraries.nonBlank().list().ofMaxSize(2),
            runs.list().ofMaxSize(3))
        .as((id, asOf, stage, owner, created, assigned, awaiting, timers) ->
            new SlaTimers(
                id, asOf, stage, owner, created, assigned, Optional.empty(), awaiting, timers));
  }
}
