package dev.accord.core.sla;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.core.calendar.BusinessDuration;
import dev.accord.core.event.RecordEvent;
import dev.accord.core.sla.Contract.Lead;
import dev.accord.core.sla.Contract.Run;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * One implementation serves replay and live operation: feeding a record's events alone, as a replay
 * of an import does, gives the same outcomes and the same clocks as feeding them with a scheduler's
 * {@code advance} calls at arbitrary instants in between.
 */
class ReplayLiveProperties {

  private static final Instant START = Contract.ny("2026-01-05T08:00");
  private static final List<String> STAGES =
      List.of("lead", "mql", "sal", "on_hold", "recycled", "disqualified");
  private static final List<String> PEOPLE = List.of("sam", "alex", "");

  private static final SlaEngine ENGINE =
      Contract.engine(
          Contract.speedToLead(),
          Contract.handoff(
              "acceptance",
              "mql",
              "sal",
              BusinessDuration.days(1),
              SlaStart.STAGE_ENTRY,
              SlaMeasure.ACCEPTANCE,
              List.of("on_hold"),
              false,
              Contract.LADDER),
          Contract.handoff(
              "feedback",
              "sal",
              "recycled",
              BusinessDuration.hours(8),
              SlaStart.STAGE_ENTRY,
              SlaMeasure.FEEDBACK,
              List.of("on_hold"),
              false,
              Contract.LADDER),
          Contract.handoff(
              "working",
              "sal",
              "disqualified",
              BusinessDuration.hours(3),
              SlaStart.STAGE_ENTRY,
              SlaMeasure.STAGE_EXIT,
              List.of(),
              true,
              Contract.LADDER));

  /** One step of a lead's story: how long after the step before, and what happened. */
  record Step(long gapSeconds, int kind, int choice) {}

  @Property(tries = 300)
  void advancingInBetweenChangesNothing(
      @ForAll("stories") List<Step> story, @ForAll("ticks") List<Double> ticks) {
    List<RecordEvent> events = events(story);
    Instant end = events.getLast().occurredAt().plus(Duration.ofDays(30));

    Run replay = new Run(ENGINE, "L-1");
    events.forEach(replay::on);
    replay.advance(end);

    Run live = new Run(ENGINE, "L-1");
    Instant previous = START;
    int tick = 0;
    for (RecordEvent event : events) {
      // The scheduler wakes now and then between the previous event and this one.
      long span = Duration.between(previous, event.occurredAt()).toMillis();
      while (tick < ticks.size() && ticks.get(tick) < 0.7) {
        live.advance(previous.plusMillis((long) (span * ticks.get(tick) / 0.7)));
        tick++;
      }
      tick++;
      live.on(event);
      previous = event.occurredAt();
    }
    live.advance(end.minus(Duration.ofDays(29))).advance(end);

    Statistics.label("breached").collect(!replay.timers.breaches().isEmpty());
    assertThat(live.outcomes).isEqualTo(replay.outcomes);
    assertThat(live.timers).isEqualTo(replay.timers);
  }

  @Provide
  Arbitrary<List<Step>> stories() {
    Arbitrary<Long> gaps =
        Arbitraries.oneOf(
            Arbitraries.longs().between(0, 600),
            Arbitraries.longs().between(0, 4 * 3600),
            Arbitraries.longs().between(0, 4 * 86_400));
    return Combinators.combine(
            gaps, Arbitraries.integers().between(0, 4), Arbitraries.integers().between(0, 5))
        .as(Step::new)
        .list()
        .ofMinSize(1)
        .ofMaxSize(25);
  }

  @Provide
  Arbitrary<List<Double>> ticks() {
    return Arbitraries.doubles().between(0, 1).list().ofMaxSize(60);
  }

  private static List<RecordEvent> events(List<Step> story) {
    Lead lead = new Lead("L-1");
    List<RecordEvent> events = new ArrayList<>();
    Instant at = START;
    events.add(lead.created(at, "mql"));
    for (Step step : story) {
      at = at.plusSeconds(step.gapSeconds());
      String person = PEOPLE.get(step.choice() % PEOPLE.size());
      events.add(
          switch (step.kind()) {
            case 0 -> lead.moved(at, STAGES.get(step.choice()));
            case 1 -> lead.assigned(at, person.isEmpty() ? "sam" : person);
            case 2 -> lead.touched(at, person);
            case 3 -> lead.feedback(at, step.choice() % 2 == 0 ? "no_budget" : "");
            default -> lead.moved(at, step.choice() % 2 == 0 ? "mql" : "sal");
          });
    }
    return events;
  }
}
