package dev.accord.core.lifecycle;

import static dev.accord.core.lifecycle.RecordEvents.minute;
import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.core.event.ActivityType;
import dev.accord.core.exception.DataQualityKind;
import dev.accord.core.exception.ExceptionCase.DataQualityFinding;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Field changes, owners, touches and dispositions: the events that do not move a record. */
class RecordChangesTest {

  private final LifecycleEngine engine = Engines.fixture();
  private final RecordEvents lead = RecordEvents.lead("L-1");
  private final RecordState created =
      RecordEvents.applied(
          engine, lead.created(0, "lead", Map.of("email", "ada@example.com", "country", "DE")));

  @Test
  void changedFieldsMergeAndAnEmptyValueClearsOne() {
    EventOutcome outcome =
        engine.apply(
            Optional.of(created),
            lead.changed(5, Map.of("country", "", "lead_score", "70", "email", "ada@acme.io")));

    assertThat(outcome.verdict()).isEqualTo(Verdict.ACCEPTED);
    RecordState state = outcome.state().orElseThrow();
    assertThat(state.fields())
        .containsExactly(Map.entry("email", "ada@acme.io"), Map.entry("lead_score", "70"));
    assertThat(state.eventCount()).isEqualTo(2);
    assertThat(state.lastEventAt()).isEqualTo(minute(5));
  }

  @Test
  void aPlaceholderWrittenByAChangeIsKeptAndFlagged() {
    EventOutcome outcome =
        engine.apply(Optional.of(created), lead.changed(5, Map.of("email", "n/a")));

    assertThat(outcome.verdict()).isEqualTo(Verdict.FLAGGED);
    assertThat(outcome.state().orElseThrow().field("email")).contains("n/a");
    assertThat(outcome.exceptions())
        .containsExactly(
            new DataQualityFinding(
                "L-1",
                "L-1#2",
                minute(5),
                DataQualityKind.SENTINEL,
                "email",
                "n/a",
                "field email holds the placeholder \"n/a\", which counts as empty."));
  }

  @Test
  void aNewOwnerIsKeptWithTheOneBefore() {
    RecordState first =
        engine
            .apply(Optional.of(created), lead.by("router").assigned(5, "maria"))
            .state()
            .orElseThrow();

    // Maria, the SDR, hands the lead on to Alex, an account executive.
    RecordState second =
        engine
            .apply(Optional.of(first), lead.by("maria").assigned(9, "alex"))
            .state()
            .orElseThrow();

    assertThat(second.owner()).contains("alex");
    assertThat(second.ownerHistory())
        .containsExactly(
            new OwnerChange(Optional.empty(), "maria", minute(5), "router", "L-1#2"),
            new OwnerChange(Optional.of("maria"), "alex", minute(9), "maria", "L-1#3"));
  }

  @Test
  void theSameOwnerAgainAddsNoHistoryLine() {
    RecordState owned =
        engine.apply(Optional.of(created), lead.assigned(5, "maria")).state().orElseThrow();

    EventOutcome again = engine.apply(Optional.of(owned), lead.assigned(8, "maria"));

    assertThat(again.verdict()).isEqualTo(Verdict.ACCEPTED);
    assertThat(again.state().orElseThrow().ownerHistory()).isEqualTo(owned.ownerHistory());
    assertThat(again.state().orElseThrow().eventCount()).isEqualTo(3);
  }

  @Test
  void theFirstTouchIsTheEarliestEverReported() {
    RecordState called =
        engine
            .apply(Optional.of(created), lead.touched(40, ActivityType.CALL))
            .state()
            .orElseThrow();
    RecordState mailedLater =
        engine
            .apply(Optional.of(called), lead.touched(60, ActivityType.EMAIL))
            .state()
            .orElseThrow();
    // A touch reported late (applied as it came) still moves the first touch back.
    RecordState metEarlier =
        engine
            .apply(Optional.of(mailedLater), lead.touched(20, ActivityType.MEETING))
            .state()
            .orElseThrow();

    assertThat(called.firstTouchAt()).contains(minute(40));
    assertThat(mailedLater.firstTouchAt()).contains(minute(40));
    assertThat(metEarlier.firstTouchAt()).contains(minute(20));
    // The record's clock never runs backwards.
    assertThat(metEarlier.lastEventAt()).isEqualTo(minute(60));
  }

  @Test
  void aDispositionIsCountedAndChangesNothingElse() {
    EventOutcome outcome =
        engine.apply(Optional.of(created), lead.disposition(15, "no_budget", "Call back in Q3"));

    assertThat(outcome.verdict()).isEqualTo(Verdict.ACCEPTED);
    RecordState state = outcome.state().orElseThrow();
    assertThat(state.eventCount()).isEqualTo(2);
    assertThat(state.lastEventAt()).isEqualTo(minute(15));
    assertThat(state.fields()).isEqualTo(created.fields());
    assertThat(state.stageHistory()).isEqualTo(created.stageHistory());
  }
}
