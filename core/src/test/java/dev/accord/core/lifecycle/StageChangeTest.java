package dev.accord.core.lifecycle;

import static dev.accord.core.lifecycle.Enforcement.BLOCK;
import static dev.accord.core.lifecycle.Enforcement.FLAG;
import static dev.accord.core.lifecycle.RecordEvents.minute;
import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.core.exception.DataQualityKind;
import dev.accord.core.exception.ExceptionCase;
import dev.accord.core.exception.ExceptionCase.DataQualityFinding;
import dev.accord.core.exception.ExceptionCase.EntryCriteriaNotMet;
import dev.accord.core.exception.ExceptionCase.InvalidTransition;
import dev.accord.core.exception.ExceptionCase.MissingReasonCode;
import dev.accord.core.exception.ExceptionCase.MissingRequiredField;
import dev.accord.core.exception.ExceptionType;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StageChangeTest {

  private final RecordEvents lead = RecordEvents.lead("L-1");

  /** A lead created at 09:00 with all that the stages after it ask for. */
  private RecordState newLead(LifecycleEngine engine) {
    return RecordEvents.applied(engine, lead.created(0, "lead", Engines.QUALIFIED_LEAD));
  }

  /** An MQL created at 09:00 with all that mql asks for, but without the company sal requires. */
  private RecordState mqlLead(LifecycleEngine engine) {
    return RecordEvents.applied(
        engine, lead.created(0, "mql", Engines.qualifiedLeadBut("company", "")));
  }

  @Test
  void anAllowedMoveEndsOneVisitStartsAnotherAndAddsAHistoryLine() {
    LifecycleEngine engine = Engines.fixture();
    RecordState before = newLead(engine);

    EventOutcome outcome =
        engine.apply(Optional.of(before), lead.by("workflow:scoring").movedTo(30, "mql"));

    assertThat(outcome.verdict()).isEqualTo(Verdict.ACCEPTED);
    assertThat(outcome.exceptions()).isEmpty();
    RecordState after = outcome.state().orElseThrow();
    assertThat(after.stage()).isEqualTo("mql");
    assertThat(after.stageTimes().get("lead"))
        .isEqualTo(StageTimes.enteredAt(minute(0)).exitedAt(minute(30)));
    assertThat(after.stageTimes().get("lead").completedTime()).isEqualTo(Duration.ofMinutes(30));
    assertThat(after.stageTimes().get("mql")).isEqualTo(StageTimes.enteredAt(minute(30)));
    assertThat(after.stageHistory())
        .hasSize(2)
        .last()
        .isEqualTo(
            new StageMove(
                Optional.of("lead"),
                "mql",
                minute(30),
                TransitionKind.FORWARD,
                "workflow:scoring",
                "hubspot",
                Optional.empty(),
                "L-1#2"));
    assertThat(after.lastEventAt()).isEqualTo(minute(30));
    assertThat(after.eventCount()).isEqualTo(2);
  }

  @Test
  void aMoveToTheStageTheRecordIsInChangesNothingButIsCounted() {
    LifecycleEngine engine = Engines.fixture();
    RecordState before = newLead(engine);

    EventOutcome outcome = engine.apply(Optional.of(before), lead.movedTo(10, "lead"));

    assertThat(outcome.verdict()).isEqualTo(Verdict.ACCEPTED);
    RecordState after = outcome.state().orElseThrow();
    assertThat(after.stageHistory()).isEqualTo(before.stageHistory());
    assertThat(after.stageTimes()).isEqualTo(before.stageTimes());
    assertThat(after.eventCount()).isEqualTo(2);
    assertThat(after.lastEventAt()).isEqualTo(minute(10));
  }

  @Test
  void aMoveNoTransitionAllowsIsRejectedWhenTheGuardrailBlocks() {
    LifecycleEngine engine = Engines.fixture();
    RecordState before = newLead(engine);

    // lead -> sql skips the whole funnel.
    EventOutcome outcome = engine.apply(Optional.of(before), lead.movedTo(10, "sql"));

    assertThat(outcome.verdict()).isEqualTo(Verdict.REJECTED);
    assertThat(outcome.state()).contains(before);
    assertThat(outcome.exceptions())
        .containsExactly(new InvalidTransition("L-1", "L-1#2", minute(10), "lead", "sql"));
  }

  @Test
  void aMoveNoTransitionAllowsIsMadeAndFlaggedWhenTheGuardrailFlags() {
    LifecycleEngine engine = Engines.fixture(Engines.guardrails(FLAG, FLAG, BLOCK, FLAG));
    RecordState before = newLead(engine);

    EventOutcome outcome = engine.apply(Optional.of(before), lead.movedTo(10, "sql"));

    assertThat(outcome.verdict()).isEqualTo(Verdict.FLAGGED);
    assertThat(outcome.exceptions())
        .containsExactly(new InvalidTransition("L-1", "L-1#2", minute(10), "lead", "sql"));
    RecordState after = outcome.state().orElseThrow();
    assertThat(after.stage()).isEqualTo("sql");
    // No transition matched, so the move is recorded as a plain forward one.
    assertThat(after.stageHistory().getLast().kind()).isEqualTo(TransitionKind.FORWARD);
  }

  @Test
  void aMoveIntoAnotherPipelineIsAnInvalidTransition() {
    LifecycleEngine blocking = Engines.fixture();
    LifecycleEngine flagging = Engines.fixture(Engines.guardrails(FLAG, FLAG, BLOCK, FLAG));
    RecordState before = newLead(blocking);

    EventOutcome blocked = blocking.apply(Optional.of(before), lead.movedTo(10, "discovery"));
    EventOutcome flagged = flagging.apply(Optional.of(before), lead.movedTo(10, "discovery"));

    assertThat(blocked.verdict()).isEqualTo(Verdict.REJECTED);
    assertThat(blocked.exceptions()).singleElement().isInstanceOf(InvalidTransition.class);
    // Flagged, the record is where the CRM says it is, and in that stage's pipeline.
    assertThat(flagged.verdict()).isEqualTo(Verdict.FLAGGED);
    assertThat(flagged.state().orElseThrow().pipeline()).isEqualTo("new_business");
    assertThat(flagged.state().orElseThrow().stage()).isEqualTo("discovery");
  }

  @Test
  void aMoveToAStageNobodyDeclaredIsRejectedWhateverTheGuardrails() {
    LifecycleEngine engine = Engines.fixture(Engines.flaggingEverything());
    RecordState before = newLead(engine);

    // HubSpot's "subscriber" is none of Acme's stages.
    EventOutcome outcome = engine.apply(Optional.of(before), lead.movedTo(10, "subscriber"));

    // There is no pipeline to put the record in, so there is nothing to flag it into.
    assertThat(outcome.verdict()).isEqualTo(Verdict.REJECTED);
    assertThat(outcome.state()).contains(before);
    assertThat(outcome.exceptions())
        .singleElement()
        .isInstanceOfSatisfying(
            DataQualityFinding.class,
            finding -> assertThat(finding.kind()).isEqualTo(DataQualityKind.UNKNOWN_STAGE));
  }

  @Test
  void enteringAStageWithoutARequiredFieldIsFlaggedByDefault() {
    LifecycleEngine engine = Engines.fixture();
    RecordState mql = mqlLead(engine);

    EventOutcome outcome = engine.apply(Optional.of(mql), lead.movedTo(10, "sal"));

    assertThat(outcome.verdict()).isEqualTo(Verdict.FLAGGED);
    assertThat(outcome.state().orElseThrow().stage()).isEqualTo("sal");
    assertThat(outcome.exceptions())
        .containsExactly(
            new MissingRequiredField(
                "L-1", "L-1#2", minute(10), "sal", "company", Optional.empty()));
  }

  @Test
  void aPlaceholderDoesNotSatisfyARequiredFieldAndIsNamedInTheException() {
    LifecycleEngine engine = Engines.fixture();
    RecordState mql =
        RecordEvents.applied(
            engine, lead.created(0, "mql", Engines.qualifiedLeadBut("company", "n/a")));

    EventOutcome outcome = engine.apply(Optional.of(mql), lead.movedTo(10, "sal"));

    // The accord says N/A; the CRM wrote n/a. A placeholder is one whatever its case.
    assertThat(outcome.exceptions())
        .containsExactly(
            new MissingRequiredField(
                "L-1", "L-1#2", minute(10), "sal", "company", Optional.of("n/a")));
    assertThat(outcome.exceptions().getFirst().describe())
        .isEqualTo("Record L-1 entered sal without company (it holds the placeholder \"n/a\").");
  }

  @Test
  void enteringAStageWithoutARequiredFieldIsRejectedWhenTheGuardrailBlocks() {
    LifecycleEngine engine = Engines.fixture(Engines.guardrails(BLOCK, BLOCK, BLOCK, FLAG));
    RecordState mql = mqlLead(engine);

    EventOutcome outcome = engine.apply(Optional.of(mql), lead.movedTo(10, "sal"));

    assertThat(outcome.verdict()).isEqualTo(Verdict.REJECTED);
    assertThat(outcome.state()).contains(mql);
    assertThat(outcome.exceptions()).singleElement().isInstanceOf(MissingRequiredField.class);
  }

  @Test
  void aMoveThatNeedsAReasonCodeIsRejectedWithoutOne() {
    LifecycleEngine engine = Engines.fixture();
    RecordState before = mqlLead(engine);

    EventOutcome outcome = engine.apply(Optional.of(before), lead.movedTo(10, "disqualified"));

    assertThat(outcome.verdict()).isEqualTo(Verdict.REJECTED);
    assertThat(outcome.state()).contains(before);
    assertThat(outcome.exceptions())
        .containsExactly(
            new MissingReasonCode(
                "L-1",
                "L-1#2",
                minute(10),
                "mql",
                "disqualified",
                Optional.empty(),
                List.of("no_budget", "bad_fit", "spam")));
  }

  @Test
  void aReasonCodeOutsideTheTransitionsListIsAsGoodAsNone() {
    LifecycleEngine engine = Engines.fixture();
    RecordState before = mqlLead(engine);

    // not_ready is a reason code of the accord, for nurturing a lead, but not for disqualifying.
    EventOutcome outcome =
        engine.apply(Optional.of(before), lead.movedTo(10, "disqualified", "not_ready"));

    assertThat(outcome.verdict()).isEqualTo(Verdict.REJECTED);
    assertThat(outcome.exceptions().getFirst().describe())
        .isEqualTo(
            "Record L-1 moved from mql to disqualified with reason code \"not_ready\","
                + " which is not allowed; allowed: no_budget, bad_fit, spam.");
  }

  @Test
  void aMissingReasonCodeIsMadeAndFlaggedWhenTheGuardrailFlags() {
    LifecycleEngine engine = Engines.fixture(Engines.guardrails(BLOCK, FLAG, FLAG, FLAG));
    RecordState before = mqlLead(engine);

    EventOutcome outcome = engine.apply(Optional.of(before), lead.movedTo(10, "disqualified"));

    assertThat(outcome.verdict()).isEqualTo(Verdict.FLAGGED);
    assertThat(outcome.exceptions()).singleElement().isInstanceOf(MissingReasonCode.class);
    assertThat(outcome.state().orElseThrow().stageHistory().getLast().kind())
        .isEqualTo(TransitionKind.DISQUALIFY);
  }

  @Test
  void theReasonCodeGivenIsKeptInTheHistoryWithTheTransitionsKind() {
    LifecycleEngine engine = Engines.fixture();
    RecordState before = mqlLead(engine);

    EventOutcome outcome =
        engine.apply(Optional.of(before), lead.movedTo(10, "disqualified", "spam"));

    assertThat(outcome.verdict()).isEqualTo(Verdict.ACCEPTED);
    StageMove move = outcome.state().orElseThrow().stageHistory().getLast();
    assertThat(move.kind()).isEqualTo(TransitionKind.DISQUALIFY);
    assertThat(move.reasonCode()).contains("spam");
  }

  @Test
  void entryCriteriaNotMetAreFlaggedLikeRequiredFields() {
    LifecycleEngine engine = Engines.fixture();
    RecordState cold =
        RecordEvents.applied(
            engine, lead.created(0, "lead", Engines.qualifiedLeadBut("lead_score", "40")));

    EventOutcome outcome = engine.apply(Optional.of(cold), lead.movedTo(10, "mql"));

    assertThat(outcome.verdict()).isEqualTo(Verdict.FLAGGED);
    assertThat(outcome.state().orElseThrow().stage()).isEqualTo("mql");
    assertThat(outcome.exceptions())
        .containsExactly(
            new EntryCriteriaNotMet("L-1", "L-1#2", minute(10), "mql", "lead_score gte 50"));
  }

  @Test
  void entryCriteriaNotMetAreRejectedWhenRequiredFieldsBlock() {
    LifecycleEngine engine = Engines.fixture(Engines.guardrails(BLOCK, BLOCK, BLOCK, FLAG));
    RecordState placeholder =
        RecordEvents.applied(
            engine, lead.created(0, "lead", Engines.qualifiedLeadBut("lead_score", "N/A")));

    // A placeholder score is no score at all: it cannot be compared with 50.
    EventOutcome outcome = engine.apply(Optional.of(placeholder), lead.movedTo(10, "mql"));

    assertThat(outcome.verdict()).isEqualTo(Verdict.REJECTED);
    assertThat(outcome.exceptions()).singleElement().isInstanceOf(EntryCriteriaNotMet.class);
  }

  @Test
  void oneBlockingBreachRejectsTheEventAndEveryBreachIsStillReported() {
    LifecycleEngine engine = Engines.fixture();
    RecordState before =
        RecordEvents.applied(
            engine, lead.created(0, "lead", Engines.qualifiedLeadBut("email", "")));

    // lead -> sal is no transition (blocks) and sal needs an email (flags).
    EventOutcome outcome = engine.apply(Optional.of(before), lead.movedTo(10, "sal"));

    assertThat(outcome.verdict()).isEqualTo(Verdict.REJECTED);
    assertThat(outcome.state()).contains(before);
    assertThat(outcome.exceptions())
        .extracting(ExceptionCase::type)
        .containsExactly(ExceptionType.INVALID_TRANSITION, ExceptionType.MISSING_REQUIRED_FIELD);
  }

  @Test
  void aBackwardMoveAppendsToTheHistoryAndOpensASecondVisit() {
    LifecycleEngine engine = Engines.fixture();
    RecordState sal =
        RecordEvents.applied(
            engine,
            lead.created(0, "lead", Engines.QUALIFIED_LEAD),
            lead.movedTo(10, "mql"),
            lead.movedTo(20, "sal"));

    // The SDR sends the lead back to marketing: a bad fit after all.
    EventOutcome outcome = engine.apply(Optional.of(sal), lead.movedTo(50, "mql", "bad_fit"));

    assertThat(outcome.verdict()).isEqualTo(Verdict.ACCEPTED);
    RecordState after = outcome.state().orElseThrow();
    assertThat(after.stageHistory()).startsWith(sal.stageHistory().toArray(StageMove[]::new));
    assertThat(after.stageHistory().getLast().kind()).isEqualTo(TransitionKind.REJECT);
    assertThat(after.stageHistory().getLast().reasonCode()).contains("bad_fit");
    StageTimes mql = after.stageTimes().get("mql");
    assertThat(mql.visits()).isEqualTo(2);
    assertThat(mql.firstEntered()).isEqualTo(minute(10));
    assertThat(mql.lastEntered()).isEqualTo(minute(50));
    assertThat(mql.firstExited()).contains(minute(20));
    assertThat(mql.completedTime()).isEqualTo(Duration.ofMinutes(10));
  }
}
