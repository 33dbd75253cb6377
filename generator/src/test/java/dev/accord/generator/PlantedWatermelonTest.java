package dev.accord.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.core.accord.Accord;
import dev.accord.core.event.RecordEvent;
import dev.accord.core.lifecycle.EventOutcome;
import dev.accord.core.lifecycle.LifecycleEngine;
import dev.accord.core.lifecycle.RecordState;
import dev.accord.core.scorecard.FactRecorder;
import dev.accord.core.scorecard.Metric;
import dev.accord.core.scorecard.Period;
import dev.accord.core.scorecard.Scorecard;
import dev.accord.core.scorecard.ScorecardFacts;
import dev.accord.core.scorecard.ScorecardQuery;
import dev.accord.core.scorecard.Status;
import dev.accord.core.scorecard.Watermelon;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A watermelon planted in generated data: marketing keeps the MQLs coming, well over target, while
 * hardly any of them become SQLs. The scorecard flags MQL volume as green over the red conversion
 * it feeds, and names the chain.
 */
class PlantedWatermelonTest {

  private static final Accord ACCORD = DefaultAccords.DEFAULT;

  @Test
  void plenty_of_mqls_that_rarely_become_sqls_is_flagged_as_a_watermelon_with_its_chain() {
    // Ten thousand records over a quarter, only 5% of the accepted ones moving on to SQL.
    FunnelRates rates = FunnelRates.defaults().withAdvance(Map.of("sql", 0.05));
    GeneratorSettings settings =
        GeneratorSettings.of(10_000, 3, Instant.parse("2026-01-05T00:00:00Z")).withRates(rates);
    ScorecardFacts facts = factsOf(FunnelGenerator.generate(ACCORD, settings).events().toList());

    Scorecard february =
        ACCORD
            .scorecardEngine()
            .compute(
                facts,
                new ScorecardQuery(
                    Optional.of(Period.parse("2026-02")), Optional.empty(), Optional.empty()));

    Metric volume = february.metric("mql_volume").orElseThrow();
    Metric conversion = february.metric("mql_to_sql").orElseThrow();
    assertThat(volume.status()).contains(Status.GREEN);
    assertThat(conversion.status()).contains(Status.RED);
    assertThat(february.watermelons())
        .filteredOn(w -> w.kind() == Watermelon.Kind.GREEN_OVER_RED)
        .extracting(Watermelon::kpi, Watermelon::chain)
        .contains(
            org.assertj.core.groups.Tuple.tuple("mql_volume", List.of("mql_volume", "mql_to_sql")));
    assertThat(february.story().getFirst().text())
        .startsWith("MQL volume is green (")
        .contains("yet MQL to SQL conversion, the outcome it feeds, is red");
  }

  /** The facts the scorecard counts, as the lifecycle engine makes them of the events. */
  private static ScorecardFacts factsOf(List<RecordEvent> events) {
    LifecycleEngine lifecycle = ACCORD.lifecycleEngine();
    ScorecardFacts.Builder facts = ScorecardFacts.builder();
    FactRecorder recorder = new FactRecorder(facts);
    Map<String, RecordState> states = new HashMap<>();
    for (RecordEvent event : events) {
      Optional<RecordState> before = Optional.ofNullable(states.get(event.header().recordId()));
      EventOutcome outcome = lifecycle.apply(before, event);
      outcome.state().ifPresent(state -> states.put(state.recordId(), state));
      recorder.observe(before, event, outcome, event.header().occurredAt());
    }
    return facts.build();
  }
}
