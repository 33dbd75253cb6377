package dev.accord.core.sla;

import static dev.accord.core.ValidationAssertions.errorAt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.core.AccordDraft;
import dev.accord.core.AccordFixture;
import dev.accord.core.calendar.BusinessDuration;
import dev.accord.core.shared.Problem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HandoffValidationTest {

  private final AccordDraft draft = AccordFixture.draft();

  @Test
  void aDuplicateHandoffIsAnError() {
    draft.handoffs.add(draft.handoffs.getFirst());

    errorAt(draft.build(), "handoffs[3].id", "duplicate handoff `speed_to_lead`");
  }

  @Test
  void anSlaOnAMoveThatIsNoTransitionIsAnError() {
    // lead -> sal skips the MQL stage: no transition allows it, so no record is ever handed over.
    draft.handoffs.set(0, handoff("lead", "sal", "sdr", BusinessDuration.minutes(15), "us_east"));

    Problem problem =
        errorAt(
            draft.build(),
            "handoffs[0].to",
            "handoff `speed_to_lead` puts an SLA on `lead` -> `sal`, a handoff that is not a"
                + " transition");

    assertThat(problem.hint())
        .isEqualTo(
            "add that transition to the pipeline, or hand over to a stage `lead` may move to:"
                + " `mql`");
  }

  @Test
  void anUnknownFromStageIsAnError() {
    draft.handoffs.set(0, handoff("mq", "sal", "sdr", BusinessDuration.minutes(15), "us_east"));

    errorAt(
        draft.build(),
        "handoffs[0].from",
        "handoff `speed_to_lead` starts from unknown stage `mq`");
  }

  @Test
  void anUnknownToStageIsAnError() {
    draft.handoffs.set(
        0, handoff("mql", "accepted", "sdr", BusinessDuration.minutes(15), "us_east"));

    errorAt(
        draft.build(),
        "handoffs[0].to",
        "handoff `speed_to_lead` leads to unknown stage `accepted`");
  }

  @Test
  void anUnknownOwnerTeamIsAnError() {
    draft.handoffs.set(0, handoff("mql", "sal", "bdr", BusinessDuration.minutes(15), "us_east"));

    errorAt(
        draft.build(),
        "handoffs[0].owner",
        "handoff `speed_to_lead` is owned by unknown team `bdr`");
  }

  @Test
  void anUnknownCalendarIsAnError() {
    draft.handoffs.set(0, handoff("mql", "sal", "sdr", BusinessDuration.minutes(15), "emea"));

    errorAt(
        draft.build(),
        "handoffs[0].calendar",
        "handoff `speed_to_lead` runs on unknown calendar `emea`");
  }

  @Test
  void anSlaOfZeroIsAnError() {
    draft.handoffs.set(0, handoff("mql", "sal", "sdr", BusinessDuration.hours(0), "us_east"));

    errorAt(draft.build(), "handoffs[0].sla", "handoff `speed_to_lead` has an SLA of zero");
  }

  @Test
  void pausingInAnUnknownStageIsAnError() {
    Handoff base = draft.handoffs.getFirst();
    draft.handoffs.set(0, copy(base, List.of("on_hold"), base.requiredFields(), base.escalation()));

    errorAt(draft.build(), "handoffs[0].pause_in[0]", "pauses in unknown stage `on_hold`");
  }

  @Test
  void aRequiredFieldMustBeAFieldOfTheHandedOverRecords() {
    // `amount` is a field of the opportunity, not of the lead handed over in `mql`.
    Handoff base = draft.handoffs.getFirst();
    draft.handoffs.set(0, copy(base, List.of(), List.of("email", "amount"), base.escalation()));

    errorAt(
        draft.build(),
        "handoffs[0].required_fields[1]",
        "handoff `speed_to_lead` requires unknown field `amount` of the records in `mql`");
  }

  @Test
  void anEscalationToAnUnknownRecipientIsAnError() {
    List<EscalationStep> ladder = new ArrayList<>(AccordFixture.ladder());
    ladder.set(
        1,
        new EscalationStep(
            new EscalationTrigger.AfterBreach(BusinessDuration.minutes(0)),
            EscalationAction.NOTIFY,
            List.of("manager", "boss")));
    draft.handoffs.set(0, AccordFixture.speedToLead(ladder));

    Problem problem =
        errorAt(
            draft.build(),
            "handoffs[0].escalation[1].notify[1]",
            "escalation of handoff `speed_to_lead` notifies unknown recipient `boss`");

    assertThat(problem.hint()).startsWith("use one of the known recipient ids: `owner`, `manager`");
  }

  @Test
  void aStepThatFiresBeforeTheOneAboveItIsAnError() {
    List<EscalationStep> ladder = new ArrayList<>(AccordFixture.ladder());
    ladder.add(
        new EscalationStep(
            new EscalationTrigger.AfterBreach(BusinessDuration.minutes(30)),
            EscalationAction.REASSIGN,
            List.of("manager")));

    draft.handoffs.set(0, AccordFixture.speedToLead(ladder));

    errorAt(
        draft.build(),
        "handoffs[0].escalation[3].at",
        "escalation step at breach+30m fires before the step at breach+1h above it");
  }

  @Test
  void aShareOfTheSlaAfterABreachStepIsAnError() {
    // 100% of the SLA is the breach itself, yet listed after breach+1h it reads as a later step.
    List<EscalationStep> ladder = new ArrayList<>(AccordFixture.ladder());
    ladder.add(
        new EscalationStep(
            new EscalationTrigger.ShareOfSla(100), EscalationAction.REMIND, List.of("owner")));
    draft.handoffs.set(0, AccordFixture.speedToLead(ladder));

    errorAt(
        draft.build(),
        "handoffs[0].escalation[3].at",
        "escalation step at 100% comes after a breach step");
  }

  private static Handoff handoff(
      String from, String to, String owner, BusinessDuration sla, String calendar) {
    return new Handoff(
        "speed_to_lead",
        "Speed to lead",
        from,
        to,
        owner,
        sla,
        calendar,
        SlaStart.STAGE_ENTRY,
        SlaMeasure.FIRST_TOUCH,
        List.of(),
        false,
        List.of(),
        List.of());
  }

  private static Handoff copy(
      Handoff base,
      List<String> pauseIn,
      List<String> requiredFields,
      List<EscalationStep> escalation) {
    return new Handoff(
        base.id(),
        base.name(),
        base.from(),
        base.to(),
        base.owner(),
        base.sla(),
        base.calendar(),
        base.startsOn(),
        base.metBy(),
        pauseIn,
        base.restartOnActivity(),
        requiredFields,
        escalation);
  }
}
