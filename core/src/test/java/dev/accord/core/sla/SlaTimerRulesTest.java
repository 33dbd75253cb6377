package dev.accord.core.sla;

import static dev.accord.core.sla.Contract.ny;
import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.core.calendar.BusinessDuration;
import dev.accord.core.sla.Contract.Lead;
import dev.accord.core.sla.Contract.Run;
import dev.accord.core.sla.SlaOutcome.TimerMet;
import dev.accord.core.sla.SlaOutcome.TimerStarted;
import dev.accord.core.sla.SlaOutcome.TimerWithdrawn;
import dev.accord.core.sla.SlaTimer.Status;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How events start, stop, pause and restart a handoff's clock: given a record, when, expect. */
class SlaTimerRulesTest {

  private final Lead lead = new Lead("L-1");

  private static Handoff handoff(
      BusinessDuration sla,
      SlaStart start,
      SlaMeasure measure,
      List<String> pauseIn,
      boolean restart) {
    return Contract.handoff("h", "mql", "sal", sla, start, measure, pauseIn, restart, List.of());
  }

  @Test
  void stageEntryStartsTheClockAtTheEntryAndItFallsDueInBusinessTime() {
    Run run =
        new Run(
                Contract.engine(
                    handoff(
                        BusinessDuration.hours(4),
                        SlaStart.STAGE_ENTRY,
                        SlaMeasure.ACCEPTANCE,
                        List.of(),
                        false)),
                "L-1")
            .on(
                lead.created(ny("2026-01-06T10:00"), "lead"),
                lead.moved(ny("2026-01-06T15:00"), "mql"));

    // Two business hours on Tuesday, two more from Wednesday's opening.
    assertThat(run.outcomes(TimerStarted.class))
        .containsExactly(
            new TimerStarted("L-1", "h", 1, ny("2026-01-06T15:00"), ny("2026-01-07T11:00")));
  }

  @Test
  void assignmentStartWaitsForTheOwnerInTheStage() {
    Run run =
        new Run(Contract.engine(Contract.speedToLead()), "L-1")
            .on(lead.created(ny("2026-01-06T10:00"), "mql"));
    assertThat(run.timers.timers()).isEmpty();

    run.on(lead.assigned(ny("2026-01-06T10:20"), "sam"));

    assertThat(run.outcomes(TimerStarted.class))
        .containsExactly(
            new TimerStarted(
                "L-1", "speed_to_lead", 1, ny("2026-01-06T10:20"), ny("2026-01-06T10:35")));
  }

  @Test
  void aRecordCreatedWithAnOwnerStartsTheAssignmentClockAtOnce() {
    Run run =
        new Run(Contract.engine(Contract.speedToLead()), "L-1")
            .on(lead.createdOwned(ny("2026-01-06T10:00"), "mql", "sam"));

    assertThat(run.outcomes(TimerStarted.class))
        .extracting(TimerStarted::at)
        .containsExactly(ny("2026-01-06T10:00"));
  }

  @Test
  void aRecordBackInTheStageWaitsForItsNextAssignmentNotItsOldOwner() {
    Run run =
        new Run(Contract.engine(Contract.speedToLead()), "L-1")
            .on(
                lead.created(ny("2026-01-06T10:00"), "mql"),
                lead.assigned(ny("2026-01-06T10:01"), "sam"),
                lead.touched(ny("2026-01-06T10:05"), "sam"),
                lead.moved(ny("2026-01-06T11:00"), "recycled"),
                // Back as an MQL; the router takes two hours to choose Alex: not Sam's delay.
                lead.moved(ny("2026-01-07T10:00"), "mql"),
                lead.assigned(ny("2026-01-07T12:00"), "alex"),
                lead.touched(ny("2026-01-07T12:10"), "alex"));

    assertThat(run.outcomes(TimerStarted.class))
        .extracting(TimerStarted::at)
        .containsExactly(ny("2026-01-06T10:01"), ny("2026-01-07T12:00"));
    assertThat(run.timers.compliance()).containsEntry("speed_to_lead", new Compliance(2, 0, 0, 0));
  }

  @Test
  void onlyTheOwnersTouchIsTheFirstTouch() {
    Run run =
        new Run(Contract.engine(Contract.speedToLead()), "L-1")
            .on(
                lead.created(ny("2026-01-06T10:00"), "mql"),
                lead.assigned(ny("2026-01-06T10:01"), "sam"),
                // A colleague's call does not answer for the owner.
                lead.touched(ny("2026-01-06T10:05"), "alex"));
    assertThat(run.timers.active("speed_to_lead")).isPresent();

    run.on(lead.touched(ny("2026-01-06T10:09"), "sam"));

    assertThat(run.outcomes(TimerMet.class))
        .containsExactly(
            new TimerMet(
                "L-1", "speed_to_lead", 1, ny("2026-01-06T10:09"), ny("2026-01-06T10:16"), true));
    assertThat(run.timers.compliance()).containsEntry("speed_to_lead", new Compliance(1, 0, 0, 0));
  }

  @Test
  void acceptanceIsEnteringTheTargetStage() {
    Run run =
        new Run(
                Contract.engine(
                    handoff(
                        BusinessDuration.days(1),
                        SlaStart.STAGE_ENTRY,
                        SlaMeasure.ACCEPTANCE,
                        List.of(),
                        false)),
                "L-1")
            .on(
                lead.created(ny("2026-01-06T10:00"), "mql"),
                lead.moved(ny("2026-01-06T16:00"), "sal"));

    assertThat(run.outcomes(TimerMet.class)).extracting(TimerMet::inTime).containsExactly(true);
  }

  @Test
  void feedbackClockStartsOnTheRejectionAndStopsOnADispositionWithAReasonCode() {
    Handoff feedback =
        Contract.handoff(
            "feedback",
            "sal",
            "recycled",
            BusinessDuration.days(5),
            SlaStart.STAGE_ENTRY,
            SlaMeasure.FEEDBACK,
            List.of(),
            false,
            List.of());
    Run run =
        new Run(Contract.engine(feedback), "L-1").on(lead.created(ny("2026-01-06T10:00"), "sal"));
    // Sitting in `sal` owes no feedback; the rejection does.
    assertThat(run.timers.timers()).isEmpty();

    run.on(
        lead.moved(ny("2026-01-07T10:00"), "recycled"), lead.feedback(ny("2026-01-08T12:00"), ""));
    assertThat(run.timers.active("feedback")).isPresent();
    run.on(lead.feedback(ny("2026-01-09T12:00"), "no_budget"));

    assertThat(run.outcomes(TimerStarted.class))
        .extracting(TimerStarted::at)
        .containsExactly(ny("2026-01-07T10:00"));
    assertThat(run.outcomes(TimerMet.class))
        .extracting(TimerMet::at)
        .containsExactly(ny("2026-01-09T12:00"));
  }

  @Test
  void stageExitIsLeavingTheSourceStageByAnyMove() {
    Run run =
        new Run(
                Contract.engine(
                    handoff(
                        BusinessDuration.hours(2),
                        SlaStart.STAGE_ENTRY,
                        SlaMeasure.STAGE_EXIT,
                        List.of(),
                        false)),
                "L-1")
            .on(
                lead.created(ny("2026-01-06T10:00"), "mql"),
                lead.moved(ny("2026-01-06T11:00"), "disqualified"));

    assertThat(run.outcomes(TimerMet.class)).extracting(TimerMet::inTime).containsExactly(true);
  }

  @Test
  void leavingTheStageUnmetWithdrawsAFirstTouchClockWithoutBlamingAnyone() {
    Run run =
        new Run(Contract.engine(Contract.speedToLead()), "L-1")
            .on(
                lead.created(ny("2026-01-06T10:00"), "mql"),
                lead.assigned(ny("2026-01-06T10:01"), "sam"),
                lead.moved(ny("2026-01-06T10:05"), "disqualified"))
            .advance(ny("2026-01-07T10:00"));

    assertThat(run.outcomes(TimerWithdrawn.class))
        .extracting(TimerWithdrawn::at)
        .containsExactly(ny("2026-01-06T10:05"));
    assertThat(run.timers.compliance()).containsEntry("speed_to_lead", new Compliance(0, 0, 0, 1));
  }

  @Test
  void aPauseStageStopsTheClockAndReturningResumesWithTheTimeLeft() {
    Handoff paused =
        handoff(
            BusinessDuration.hours(4),
            SlaStart.STAGE_ENTRY,
            SlaMeasure.ACCEPTANCE,
            List.of("on_hold"),
            false);
    Run run =
        new Run(Contract.engine(paused), "L-1")
            .on(
                lead.created(ny("2026-01-06T10:00"), "mql"),
                // One business hour used, then a day and a half on hold.
                lead.moved(ny("2026-01-06T11:00"), "on_hold"),
                lead.moved(ny("2026-01-07T15:30"), "mql"));

    SlaTimer timer = run.timers.active("h").orElseThrow();
    assertThat(timer.status()).isEqualTo(Status.RUNNING);
    assertThat(timer.used()).isEqualTo(Duration.ofHours(1));
    // Three hours left from Wednesday 15:30: 1.5 on Wednesday, 1.5 from Thursday's opening.
    assertThat(timer.dueAt()).isEqualTo(ny("2026-01-08T10:30"));
    // Back in `mql` is no new entry: still the first run.
    assertThat(run.outcomes(TimerStarted.class)).hasSize(1);
  }

  @Test
  void aPausedClockIsNeverBreached() {
    Handoff paused =
        handoff(
            BusinessDuration.minutes(30),
            SlaStart.STAGE_ENTRY,
            SlaMeasure.ACCEPTANCE,
            List.of("on_hold"),
            false);
    Run run =
        new Run(Contract.engine(paused), "L-1")
            .on(
                lead.created(ny("2026-01-06T10:00"), "mql"),
                lead.moved(ny("2026-01-06T10:10"), "on_hold"))
            .advance(ny("2026-02-06T10:00"));

    assertThat(run.timers.breaches()).isEmpty();
    assertThat(run.timers.active("h").orElseThrow().status()).isEqualTo(Status.PAUSED);
  }

  @Test
  void activityRestartsAClockThatRestartsOnActivity() {
    Handoff restarting =
        handoff(
            BusinessDuration.hours(2),
            SlaStart.STAGE_ENTRY,
            SlaMeasure.STAGE_EXIT,
            List.of(),
            true);
    Run run =
        new Run(Contract.engine(restarting), "L-1")
            .on(
                lead.created(ny("2026-01-06T10:00"), "mql"),
                lead.touched(ny("2026-01-06T11:30"), "sam"))
            .advance(ny("2026-01-06T13:00"));

    // The first run was met by the activity; the second counts two hours afresh from it.
    assertThat(run.outcomes(TimerMet.class))
        .extracting(TimerMet::at)
        .containsExactly(ny("2026-01-06T11:30"));
    assertThat(run.outcomes(TimerStarted.class))
        .extracting(TimerStarted::run, TimerStarted::dueAt)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, ny("2026-01-06T12:00")),
            org.assertj.core.groups.Tuple.tuple(2, ny("2026-01-06T13:30")));
    assertThat(run.timers.breaches()).isEmpty();
  }

  @Test
  void reenteringTheStageStartsANewRun() {
    Handoff entry =
        handoff(
            BusinessDuration.hours(1),
            SlaStart.STAGE_ENTRY,
            SlaMeasure.ACCEPTANCE,
            List.of(),
            false);
    Run run =
        new Run(Contract.engine(entry), "L-1")
            .on(
                lead.created(ny("2026-01-06T10:00"), "mql"),
                lead.moved(ny("2026-01-06T10:30"), "recycled"),
                lead.moved(ny("2026-01-06T14:00"), "mql"))
            .advance(ny("2026-01-06T15:00"));

    assertThat(run.timers.runs("h"))
        .extracting(SlaTimer::status)
        .containsExactly(Status.WITHDRAWN, Status.RUNNING);
    assertThat(run.timers.compliance()).containsEntry("h", new Compliance(0, 1, 0, 1));
  }

  @Test
  void speedToLeadSplitsTheRoutersDelayFromTheRepsInBusinessTime() {
    SlaEngine engine = Contract.engine(Contract.speedToLead());
    Run run =
        new Run(engine, "L-1")
            .on(
                // Created Friday at 16:30; routed Monday at 09:20; touched at 09:32.
                lead.created(ny("2026-01-09T16:30"), "mql"),
                lead.assigned(ny("2026-01-12T09:20"), "sam"),
                lead.touched(ny("2026-01-12T09:32"), "sam"));

    SpeedToLead speed = engine.speedToLead(run.timers, "speed_to_lead");

    assertThat(speed.systemDelay()).contains(Duration.ofMinutes(50));
    assertThat(speed.ownerDelay()).contains(Duration.ofMinutes(12));
    assertThat(run.outcomes(TimerMet.class)).extracting(TimerMet::inTime).containsExactly(true);
  }
}
