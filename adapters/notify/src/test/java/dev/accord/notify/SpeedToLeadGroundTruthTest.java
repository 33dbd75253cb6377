package dev.accord.notify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.core.accord.Accord;
import dev.accord.core.calendar.PublicHolidays;
import dev.accord.core.event.RecordEvent;
import dev.accord.core.sla.SlaEngine;
import dev.accord.core.sla.SlaTimer;
import dev.accord.core.sla.SlaTimers;
import dev.accord.core.team.Roster;
import dev.accord.generator.Funnel;
import dev.accord.generator.FunnelGenerator;
import dev.accord.generator.GeneratorSettings;
import dev.accord.generator.GroundTruth;
import dev.accord.yaml.AccordFileReader;
import dev.accord.yaml.DefaultAccord;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The clocks measured against the generator's ground truth: over a funnel of the default accord,
 * the speed-to-lead runs the engine finds breached are exactly the ones the generator knows ran
 * over.
 *
 * <p>The two read the handoff alike — the clock starts at the assignment in {@code mql}, stops at
 * the first touch or when the lead leaves {@code mql}, and is breached when it stops after its due
 * instant or never stops — with two differences that this funnel never exercises, so the match is
 * exact: the generator stops the clock at any activity while the engine waits for the owner's (the
 * generator's touches are all by the owner), and the generator counts a stop at the due instant
 * itself as in time while the engine counts it as late (events are timed to the second and no touch
 * lands on a due instant).
 */
class SpeedToLeadGroundTruthTest {

  private static final String HANDOFF = "speed_to_lead";

  /** A breached run, as both sides can name it. */
  record Breach(String recordId, Instant startedAt, Instant dueAt) {}

  @Test
  void theBreachesOfSpeedToLeadAreTheOnesTheGeneratorPlantedAndKnows() {
    Accord accord =
        new AccordFileReader().read("default", DefaultAccord.text()).accord().orElseThrow();
    GeneratorSettings settings =
        GeneratorSettings.of(4_000, 11, Instant.parse("2026-01-05T00:00:00Z"));
    Funnel funnel = FunnelGenerator.generate(accord, settings);
    SlaEngine engine =
        SlaEngine.of(
            accord.handoffs(),
            accord.calendars(),
            PublicHolidays.none(),
            new Roster(accord.teams(), accord.people()));

    // Each record's events in the order they happened, as a replay after reordering feeds them.
    Map<String, List<RecordEvent>> byRecord = new LinkedHashMap<>();
    funnel
        .events()
        .forEach(e -> byRecord.computeIfAbsent(e.recordId(), id -> new ArrayList<>()).add(e));
    Instant end = settings.start().plus(Duration.ofDays(3 * 365));
    List<Breach> computed = new ArrayList<>();
    for (List<RecordEvent> events : byRecord.values()) {
      events.sort(Comparator.comparing(RecordEvent::occurredAt));
      SlaTimers timers = SlaTimers.of(events.getFirst().recordId());
      for (RecordEvent event : events) {
        timers = engine.on(timers, event).timers();
      }
      timers = engine.advance(timers, end).timers();
      for (SlaTimer run : timers.runs(HANDOFF)) {
        if (run.breached()) {
          computed.add(new Breach(timers.recordId(), run.startedAt(), run.dueAt()));
        }
      }
    }

    GroundTruth truth = GroundTruth.of(funnel.groundTruth());
    Set<Breach> expected =
        truth.breaches(HANDOFF).stream()
            .map(clock -> new Breach(clock.recordId(), clock.startedAt(), clock.dueAt()))
            .collect(Collectors.toSet());
    assertThat(truth.clocks(HANDOFF)).hasSizeGreaterThan(1_000);
    assertThat(expected).hasSizeGreaterThan(50);
    assertThat(computed).doesNotHaveDuplicates();
    assertThat(computed).containsExactlyInAnyOrderElementsOf(expected);
  }
}
