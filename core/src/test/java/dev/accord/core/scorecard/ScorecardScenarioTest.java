package dev.accord.core.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.core.AccordFixture;
import dev.accord.core.accord.Accord;
import dev.accord.core.event.ActivityType;
import dev.accord.core.event.EventHeader;
import dev.accord.core.event.RecordEvent;
import dev.accord.core.lifecycle.EventOutcome;
import dev.accord.core.lifecycle.LifecycleEngine;
import dev.accord.core.lifecycle.RecordState;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A month of leads walked through the real lifecycle engine into the scorecard: the facts come from
 * what the engine made of each event, as they do when events are imported.
 */
class ScorecardScenarioTest {

  private final Accord accord = AccordFixture.acme();
  private final LifecycleEngine lifecycle = accord.lifecycleEngine();
  private final ScorecardFacts.Builder facts = ScorecardFacts.builder();
  private final FactRecorder recorder = new FactRecorder(facts);
  private final Map<String, RecordState> states = new HashMap<>();
  private int keys;

  @Test
  void imported_leads_become_the_month_s_mql_volume_conversion_and_time_to_accept() {
    // Four web leads arrive on the 5th, qualified to MQL straight away.
    for (String lead : List.of("ann", "bob", "cat", "dan")) {
      apply(
          new RecordEvent.RecordCreated(
              header(lead, "2026-01-05T09:00:00Z"), "lead", qualified(), Optional.empty()));
      apply(stage(lead, "2026-01-05T09:05:00Z", "mql"));
    }
    // Jake accepts ann after 2 hours and bob after 4; ann reaches SQL with her company filled in.
    apply(new RecordEvent.OwnerAssigned(header("ann", "2026-01-05T09:06:00Z"), "jake"));
    apply(new RecordEvent.ActivityLogged(header("ann", "2026-01-05T09:30:00Z"), ActivityType.CALL));
    apply(stage("ann", "2026-01-05T11:05:00Z", "sal"));
    apply(stage("bob", "2026-01-05T13:05:00Z", "sal"));
    apply(
        new RecordEvent.FieldsChanged(
            header("ann", "2026-01-06T10:00:00Z"), Map.of("company", "Initech")));
    apply(stage("ann", "2026-01-07T10:00:00Z", "sql"));

    Scorecard scorecard =
        accord
            .scorecardEngine()
            .compute(
                facts.build(),
                new ScorecardQuery(
                    Optional.of(Period.parse("2026-01")), Optional.empty(), Optional.empty()));

    assertThat(scorecard.metric("mql_volume").orElseThrow().value()).hasValue(4);
    assertThat(scorecard.metric("mql_volume").orElseThrow().breakdowns().get("source"))
        .isEqualTo(Map.of("web", 4.0));
    assertThat(scorecard.metric("mql_to_sql").orElseThrow().value()).hasValue(0.25);
    // Median of 2 and 4 hours from MQL to SAL.
    assertThat(scorecard.metric("time_to_accept").orElseThrow().value()).hasValue(3.0);
    assertThat(scorecard.metric("time_to_accept").orElseThrow().status()).contains(Status.GREEN);
    // Emails are all in, companies on one lead of four: (4 + 1) / 8.
    assertThat(scorecard.metric("lead_completeness").orElseThrow().value()).hasValue(5 / 8.0);
    assertThat(scorecard.accordVersion()).isEqualTo(accord.info().version());
  }

  private Map<String, String> qualified() {
    return Map.of(
        "email", "someone@example.com", "lead_score", "80", "country", "US", "lead_source", "web");
  }

  private void apply(RecordEvent event) {
    String id = event.header().recordId();
    Optional<RecordState> before = Optional.ofNullable(states.get(id));
    EventOutcome outcome = lifecycle.apply(before, event);
    outcome.state().ifPresent(state -> states.put(id, state));
    recorder.observe(before, event, outcome, event.header().occurredAt());
  }

  private RecordEvent.StageChanged stage(String lead, String at, String stage) {
    return new RecordEvent.StageChanged(header(lead, at), stage, Optional.empty());
  }

  private EventHeader header(String lead, String at) {
    return new EventHeader(lead, "lead", Instant.parse(at), "test", lead + "#" + ++keys, "maria");
  }
}
