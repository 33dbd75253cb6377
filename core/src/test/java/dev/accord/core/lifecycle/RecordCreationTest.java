package dev.accord.core.lifecycle;

import static dev.accord.core.lifecycle.RecordEvents.minute;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.accord.core.AccordDraft;
import dev.accord.core.AccordFixture;
import dev.accord.core.event.RecordEvent.RecordCreated;
import dev.accord.core.exception.DataQualityKind;
import dev.accord.core.exception.ExceptionCase.DataQualityFinding;
import dev.accord.core.exception.ExceptionCase.EntryCriteriaNotMet;
import dev.accord.core.exception.ExceptionCase.MissingRequiredField;
import dev.accord.core.field.FieldDefinition;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecordCreationTest {

  private final LifecycleEngine engine = Engines.fixture();
  private final RecordEvents lead = RecordEvents.lead("L-1");

  @Test
  void aCreatedRecordStartsInItsStageWithItsFieldsOwnerAndFirstHistoryLine() {
    // Olivia in marketing enters the lead and hands it to Maria, the SDR.
    RecordCreated created =
        lead.by("olivia")
            .created(0, "lead", Map.of("email", "ada@example.com", "lead_score", "20"), "maria");

    EventOutcome outcome = engine.apply(Optional.empty(), created);

    assertThat(outcome.verdict()).isEqualTo(Verdict.ACCEPTED);
    assertThat(outcome.exceptions()).isEmpty();
    RecordState state = outcome.state().orElseThrow();
    assertThat(state.recordId()).isEqualTo("L-1");
    assertThat(state.objectType()).isEqualTo("lead");
    assertThat(state.pipeline()).isEqualTo("inbound");
    assertThat(state.stage()).isEqualTo("lead");
    assertThat(state.fields())
        .containsExactly(Map.entry("email", "ada@example.com"), Map.entry("lead_score", "20"));
    assertThat(state.owner()).contains("maria");
    assertThat(state.ownerHistory())
        .containsExactly(new OwnerChange(Optional.empty(), "maria", minute(0), "olivia", "L-1#1"));
    assertThat(state.stageTimes())
        .containsExactly(Map.entry("lead", StageTimes.enteredAt(minute(0))));
    assertThat(state.stageHistory())
        .containsExactly(
            new StageMove(
                Optional.empty(),
                "lead",
                minute(0),
                TransitionKind.FORWARD,
                "olivia",
                "hubspot",
                Optional.empty(),
                "L-1#1"));
    assertThat(state.createdAt()).isEqualTo(minute(0));
    assertThat(state.firstTouchAt()).isEmpty();
    assertThat(state.lastEventAt()).isEqualTo(minute(0));
    assertThat(state.eventCount()).isEqualTo(1);
  }

  @Test
  void aRecordMayStartMidFunnelBecauseImportsPickThemUpThere() {
    // sal is no entry stage, but a CRM export holds leads that are already accepted.
    EventOutcome outcome =
        engine.apply(
            Optional.empty(),
            lead.created(0, "sal", Map.of("email", "ada@example.com", "company", "Initech")));

    assertThat(outcome.verdict()).isEqualTo(Verdict.ACCEPTED);
    assertThat(outcome.state().orElseThrow().stage()).isEqualTo("sal");
  }

  @Test
  void emptyValuesOfACreationAreNotKept() {
    RecordState state =
        engine
            .apply(Optional.empty(), lead.created(0, "lead", Map.of("email", "", "country", " ")))
            .state()
            .orElseThrow();

    assertThat(state.fields()).isEmpty();
  }

  @Test
  void aStageTheAccordDoesNotKnowRejectsTheCreation() {
    // HubSpot's "subscriber" is none of Acme's stages.
    EventOutcome outcome = engine.apply(Optional.empty(), lead.created(0, "subscriber", Map.of()));

    assertThat(outcome.verdict()).isEqualTo(Verdict.REJECTED);
    assertThat(outcome.state()).isEmpty();
    assertThat(outcome.exceptions())
        .containsExactly(
            new DataQualityFinding(
                "L-1",
                "L-1#1",
                minute(0),
                DataQualityKind.UNKNOWN_STAGE,
                "stage",
                "subscriber",
                "stage \"subscriber\" is not a stage of the accord."));
  }

  @Test
  void aStageOfAnotherObjectRejectsTheCreation() {
    // A lead cannot be born in the deal pipeline's "won".
    EventOutcome outcome = engine.apply(Optional.empty(), lead.created(0, "won", Map.of()));

    assertThat(outcome.verdict()).isEqualTo(Verdict.REJECTED);
    assertThat(outcome.state()).isEmpty();
    assertThat(outcome.exceptions())
        .singleElement()
        .isInstanceOfSatisfying(
            DataQualityFinding.class,
            finding -> {
              assertThat(finding.kind()).isEqualTo(DataQualityKind.UNKNOWN_STAGE);
              assertThat(finding.describe())
                  .isEqualTo("Record L-1: stage \"won\" belongs to opportunity, not to lead.");
            });
  }

  @Test
  void placeholdersAreKeptRawButEachIsFlagged() {
    EventOutcome outcome =
        engine.apply(
            Optional.empty(),
            lead.created(0, "lead", Map.of("email", "N/A", "country", " - ", "lead_score", "5")));

    // Kept as the source sent them, so the data can be fixed at the source; flagged, never refused.
    assertThat(outcome.verdict()).isEqualTo(Verdict.FLAGGED);
    assertThat(outcome.state().orElseThrow().fields())
        .containsEntry("email", "N/A")
        .containsEntry("country", " - ");
    assertThat(outcome.exceptions())
        .extracting(e -> ((DataQualityFinding) e).field(), e -> ((DataQualityFinding) e).kind())
        .containsExactly(
            tuple("country", DataQualityKind.SENTINEL), tuple("email", DataQualityKind.SENTINEL));
    assertThat(outcome.exceptions().get(1).describe())
        .isEqualTo("Record L-1: field email holds the placeholder \"N/A\", which counts as empty.");
  }

  @Test
  void aFieldsOwnPlaceholdersCountOnTopOfTheAccords() {
    AccordDraft acme = AccordFixture.draft();
    FieldDefinition country = acme.lead().fields.get(5);
    acme.lead()
        .fields
        .set(
            5,
            new FieldDefinition(
                country.id(),
                country.label(),
                country.type(),
                country.values(),
                List.of("Select"),
                country.requiredIn()));
    LifecycleEngine withSelect = acme.build().lifecycleEngine();

    EventOutcome outcome =
        withSelect.apply(
            Optional.empty(),
            lead.created(0, "lead", Map.of("country", "SELECT", "company", "Select")));

    // "Select" is a placeholder for country only; as a company it is a real (if odd) name.
    assertThat(outcome.exceptions())
        .singleElement()
        .isInstanceOfSatisfying(
            DataQualityFinding.class, finding -> assertThat(finding.field()).isEqualTo("country"));
  }

  @Test
  void theCreationStageRequirementsFlagByDefault() {
    EventOutcome outcome =
        engine.apply(Optional.empty(), lead.created(0, "sal", Map.of("email", "n/a")));

    assertThat(outcome.verdict()).isEqualTo(Verdict.FLAGGED);
    assertThat(outcome.state()).isPresent();
    assertThat(outcome.exceptions())
        .contains(
            new MissingRequiredField(
                "L-1", "L-1#1", minute(0), "sal", "email", Optional.of("n/a")));
  }

  @Test
  void theCreationStageRequirementsBlockWhenTheAccordSaysSo() {
    LifecycleEngine strict = Engines.fixture(Engines.blockingEverything());

    EventOutcome outcome = strict.apply(Optional.empty(), lead.created(0, "sal", Map.of()));

    // Every field sal requires is reported, in the order the accord declares the fields.
    assertThat(outcome.verdict()).isEqualTo(Verdict.REJECTED);
    assertThat(outcome.state()).isEmpty();
    assertThat(outcome.exceptions())
        .containsExactly(
            new MissingRequiredField("L-1", "L-1#1", minute(0), "sal", "email", Optional.empty()),
            new MissingRequiredField(
                "L-1", "L-1#1", minute(0), "sal", "company", Optional.empty()));
  }

  @Test
  void theCreationStageEntryCriteriaAreChecked() {
    // The email mql requires is there; neither the score nor the country is.
    EventOutcome outcome =
        engine.apply(
            Optional.empty(),
            lead.created(
                0, "mql", Map.of("email", "ada@example.com", "lead_score", "40", "country", "DE")));

    assertThat(outcome.verdict()).isEqualTo(Verdict.FLAGGED);
    assertThat(outcome.exceptions())
        .containsExactly(
            new EntryCriteriaNotMet("L-1", "L-1#1", minute(0), "mql", "lead_score gte 50"),
            new EntryCriteriaNotMet("L-1", "L-1#1", minute(0), "mql", "country in [US, CA]"));
  }

  @Test
  void aSecondCreationMergesItsValuesAndIsFlagged() {
    RecordState first =
        engine
            .apply(
                Optional.empty(),
                lead.created(0, "lead", Map.of("email", "ada@example.com", "country", "DE")))
            .state()
            .orElseThrow();

    EventOutcome again =
        engine.apply(
            Optional.of(first),
            lead.created(5, "mql", Map.of("country", "", "lead_score", "70"), "maria"));

    assertThat(again.verdict()).isEqualTo(Verdict.FLAGGED);
    assertThat(again.exceptions())
        .singleElement()
        .isInstanceOfSatisfying(
            DataQualityFinding.class,
            finding -> assertThat(finding.kind()).isEqualTo(DataQualityKind.DUPLICATE_CREATION));
    RecordState state = again.state().orElseThrow();
    // The values merge (an empty one says nothing); the stage, owner and creation time stay.
    assertThat(state.fields())
        .containsExactly(
            Map.entry("country", "DE"),
            Map.entry("email", "ada@example.com"),
            Map.entry("lead_score", "70"));
    assertThat(state.stage()).isEqualTo("lead");
    assertThat(state.owner()).isEmpty();
    assertThat(state.createdAt()).isEqualTo(minute(0));
    assertThat(state.eventCount()).isEqualTo(2);
    assertThat(state.lastEventAt()).isEqualTo(minute(5));
  }

  @Test
  void anyOtherEventForARecordNeverCreatedIsRejected() {
    EventOutcome outcome = engine.apply(Optional.empty(), lead.movedTo(0, "mql"));

    assertThat(outcome.verdict()).isEqualTo(Verdict.REJECTED);
    assertThat(outcome.state()).isEmpty();
    assertThat(outcome.exceptions())
        .containsExactly(
            new DataQualityFinding(
                "L-1",
                "L-1#1",
                minute(0),
                DataQualityKind.UNKNOWN_RECORD,
                "",
                "",
                "an event arrived for a record that was never created."));
  }

  @Test
  void anEventOfAnotherRecordIsAProgrammingError() {
    RecordState state = RecordEvents.applied(engine, lead.created(0, "lead", Map.of()));

    assertThatThrownBy(
            () -> engine.apply(Optional.of(state), RecordEvents.lead("L-2").movedTo(1, "mql")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an event of record L-2 applied to record L-1");
  }

  @Test
  void theStageTimesOfACreationStartAtItsOccurrence() {
    RecordState state = RecordEvents.applied(engine, lead.created(30, "lead", Map.of()));

    assertThat(state.stageTimes().get("lead").timeIn(minute(90))).isEqualTo(Duration.ofHours(1));
  }
}
