package dev.accord.core.lifecycle;

import static dev.accord.core.AccordFixture.transition;
import static dev.accord.core.ValidationAssertions.errorAt;
import static dev.accord.core.ValidationAssertions.warningAt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.core.AccordDraft;
import dev.accord.core.AccordDraft.ObjectDraft;
import dev.accord.core.AccordDraft.PipelineDraft;
import dev.accord.core.AccordFixture;
import dev.accord.core.accord.AccordValidator;
import dev.accord.core.field.Condition;
import dev.accord.core.field.Operator;
import dev.accord.core.routing.Routing;
import dev.accord.core.shared.Problem;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class LifecycleValidationTest {

  private final AccordDraft draft = AccordFixture.draft();
  private final ObjectDraft lead = draft.lead();
  private final PipelineDraft inbound = draft.inbound();

  @Test
  void anAccordWithoutObjectsIsAnError() {
    // What names stages or fields goes too, so that only the missing objects are wrong.
    draft.objects.clear();
    draft.reasonCodes.clear();
    draft.handoffs.clear();
    draft.routing(Routing.none());
    draft.dimensions.clear();
    draft.kpis.clear();
    draft.goals.clear();

    errorAt(draft.build(), "objects", "the accord governs no object");
  }

  @Test
  void aDuplicateObjectIsReportedAtTheRepeatedId() {
    draft.objects.add(ObjectDraft.of(new ObjectType("lead", "Lead again", List.of(), List.of())));

    Problem problem = errorAt(draft.build(), "objects[2].id", "duplicate object `lead`");

    assertThat(problem.hint()).contains("objects[0].id");
  }

  @Test
  void pipelineIdsAreUniqueAcrossTheAccord() {
    lead.pipelines.add(
        PipelineDraft.of(
            new Pipeline(
                "new_business",
                "",
                List.of(new Stage("referral", "", "", List.of(), true, true)),
                List.of())));

    // The deal pipeline comes later in the file, so it is the repeat.
    errorAt(draft.build(), "objects[1].pipelines[0].id", "duplicate pipeline `new_business`");
  }

  @Test
  void stageIdsAreUniqueAcrossTheWholeAccord() {
    // The deal pipeline reusing `mql` would make every reference to `mql` ambiguous.
    draft.newBusiness().stages.set(3, new Stage("mql", "Lost", "", List.of(), false, true));

    errorAt(draft.build(), "objects[1].pipelines[0].stages[3].id", "duplicate stage `mql`");
  }

  @Test
  void aBlankStageIdIsAnError() {
    draft.newBusiness().stages.set(3, new Stage(" ", "Lost", "", List.of(), false, true));

    errorAt(draft.build(), "objects[1].pipelines[0].stages[3].id", "a stage has a blank id");
  }

  @Test
  void aDuplicateReasonCodeIsAnError() {
    draft.reasonCodes.add(new ReasonCode("spam", "Spam again"));

    errorAt(draft.build(), "reason_codes[4].id", "duplicate reason code `spam`");
  }

  @Test
  void aPipelineWithoutStagesIsAnError() {
    lead.pipelines.add(PipelineDraft.of(new Pipeline("outbound", "", List.of(), List.of())));

    errorAt(draft.build(), "objects[0].pipelines[1].stages", "pipeline `outbound` has no stages");
  }

  @Test
  void aTransitionToAnUnknownStageIsReportedAtItsTo() {
    inbound.transitions.set(2, transition(List.of("sal"), "slq", TransitionKind.FORWARD));

    Problem problem =
        errorAt(
            draft.build(),
            "objects[0].pipelines[0].transitions[2].to",
            "transition in pipeline `inbound` enters unknown stage `slq`");

    assertThat(problem.hint()).isEqualTo("did you mean `sql`?");
  }

  @Test
  void aTransitionFromAnUnknownStageIsReportedAtThatEntryOfFrom() {
    inbound.transitions.set(
        6,
        new Transition(
            List.of("sal", "mq1", "sql"),
            "disqualified",
            TransitionKind.DISQUALIFY,
            List.of("no_budget", "spam")));

    Problem problem =
        errorAt(
            draft.build(),
            "objects[0].pipelines[0].transitions[6].from[1]",
            "leaves unknown stage `mq1`");

    assertThat(problem.hint()).isEqualTo("did you mean `mql`?");
  }

  @Test
  void aTransitionMayNotJoinAStageOfAnotherPipeline() {
    inbound.transitions.set(2, transition(List.of("sal"), "won", TransitionKind.FORWARD));

    Problem problem =
        errorAt(
            draft.build(),
            "objects[0].pipelines[0].transitions[2].to",
            "enters stage `won` of pipeline `new_business`");

    assertThat(problem.hint()).startsWith("a transition joins stages of its own pipeline");
  }

  @Test
  void aTransitionBackToItsOwnSourceIsAnError() {
    inbound.transitions.set(
        6,
        new Transition(
            List.of("sal", "sql", "disqualified"),
            "disqualified",
            TransitionKind.DISQUALIFY,
            List.of("no_budget", "spam")));

    errorAt(
        draft.build(),
        "objects[0].pipelines[0].transitions[6].from[2]",
        "transition from `disqualified` leads back to its own source");
  }

  @Test
  void aStageNoTransitionReachesIsAnError() {
    // Without sal -> sql, nothing leads into sql any more.
    inbound.transitions.remove(2);

    errorAt(
        draft.build(),
        "objects[0].pipelines[0].stages[3].id",
        "stage `sql` cannot be reached from the entry stages of pipeline `inbound` (`lead`)");
  }

  @Test
  void theFirstStageIsTheEntryWhenNoneIsMarked() {
    inbound.stages.set(0, new Stage("lead", "Lead", "", List.of(), false, false));

    assertThat(AccordValidator.validate(draft.build())).isEmpty();
  }

  @Test
  void aTerminalStageWithAnOutgoingTransitionIsAnError() {
    inbound.transitions.add(transition(List.of("disqualified"), "mql", TransitionKind.REOPEN));

    errorAt(
        draft.build(),
        "objects[0].pipelines[0].transitions[7].from[0]",
        "terminal stage `disqualified` has an outgoing transition to `mql`");
  }

  @Test
  void aNonTerminalStageWithNoWayOutIsAWarning() {
    inbound.stages.set(5, new Stage("disqualified", "Disqualified", "", List.of(), false, false));

    warningAt(
        draft.build(),
        "objects[0].pipelines[0].stages[5].id",
        "stage `disqualified` is not terminal, yet no transition leaves it");
  }

  @Test
  void anUnknownReasonCodeOnATransitionIsAnError() {
    inbound.transitions.set(
        6,
        new Transition(
            List.of("mql", "sal", "sql"),
            "disqualified",
            TransitionKind.DISQUALIFY,
            List.of("no_budget", "spam", "too_small")));

    errorAt(
        draft.build(),
        "objects[0].pipelines[0].transitions[6].reason_codes[2]",
        "asks for unknown reason code `too_small`");
  }

  @Test
  void aReasonCodeNoTransitionAsksForIsAWarning() {
    draft.reasonCodes.add(new ReasonCode("bad_timing", "Bad timing"));

    warningAt(draft.build(), "reason_codes[4].id", "reason code `bad_timing` is never used");
  }

  @Test
  void anEntryCriterionOnAnUnknownFieldIsAnError() {
    inbound.stages.set(1, withCriterion(new Condition("score", Operator.GTE, List.of("50"))));

    Problem problem =
        errorAt(
            draft.build(),
            "objects[0].pipelines[0].stages[1].entry_criteria[0].field",
            "entry criterion of stage `mql` tests unknown field `score`");

    assertThat(problem.hint()).startsWith("use one of the known field ids: `email`, `phone`");
  }

  @Test
  void presentTakesNoValue() {
    inbound.stages.set(1, withCriterion(new Condition("email", Operator.PRESENT, List.of("x"))));

    errorAt(
        draft.build(),
        "objects[0].pipelines[0].stages[1].entry_criteria[0].op",
        "uses `present` with 1 value(s), but `present` takes none");
  }

  @Test
  void inNeedsAtLeastOneValue() {
    inbound.stages.set(1, withCriterion(new Condition("country", Operator.IN, List.of())));

    errorAt(
        draft.build(),
        "objects[0].pipelines[0].stages[1].entry_criteria[0].op",
        "uses `in` with no values");
  }

  @Test
  void gteTakesExactlyOneValue() {
    inbound.stages.set(
        1, withCriterion(new Condition("lead_score", Operator.GTE, List.of("50", "60"))));

    Problem problem =
        errorAt(
            draft.build(),
            "objects[0].pipelines[0].stages[1].entry_criteria[0].op",
            "uses `gte` with 2 values, but `gte` takes exactly one");

    assertThat(problem.hint()).isEqualTo("use `in` to compare with several values");
  }

  @Test
  void aNegativeReorderWindowIsAnError() {
    Guardrails defaults = Guardrails.defaults();
    draft.guardrails =
        new Guardrails(
            defaults.transitionAllowed(),
            defaults.requiredFields(),
            defaults.reasonCode(),
            defaults.eventOrder(),
            Duration.ofMinutes(-5));

    errorAt(draft.build(), "guardrails.reorder_window", "the reorder window is negative: PT-5M");
  }

  private static Stage withCriterion(Condition condition) {
    return new Stage("mql", "MQL", "", List.of(condition), false, false);
  }
}
