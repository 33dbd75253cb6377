package dev.accord.core.sla;

import static dev.accord.core.sla.Contract.ny;
import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.core.exception.ExceptionCase.SlaBreach;
import dev.accord.core.exception.ExceptionType;
import dev.accord.core.sla.Contract.Lead;
import dev.accord.core.sla.Contract.Run;
import dev.accord.core.sla.SlaOutcome.EscalationDue;
import dev.accord.core.sla.SlaOutcome.ExceptionOpened;
import dev.accord.core.sla.SlaOutcome.TimerBreached;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The ladder of speed to lead: remind the owner halfway, the manager at the breach, then RevOps.
 */
class EscalationLadderTest {

  private final Lead lead = new Lead("L-1");
  private final SlaEngine engine = Contract.engine(Contract.speedToLead());

  @Test
  void eachRungFiresOnceAtItsInstantInBusinessTime() {
    // Assigned at 16:50 on Tuesday: due Wednesday 09:05; the hour after the breach runs to 10:05.
    Run run =
        new Run(engine, "L-1")
            .on(
                lead.created(ny("2026-01-06T16:50"), "mql"),
                lead.assigned(ny("2026-01-06T16:50"), "sam"))
            .advance(ny("2026-01-06T16:57:29"));
    assertThat(run.outcomes(EscalationDue.class)).isEmpty();

    run.advance(ny("2026-01-06T16:57:30"))
        .advance(ny("2026-01-07T12:00"))
        .advance(ny("2026-01-08T12:00"));

    assertThat(run.outcomes)
        .extracting(SlaOutcome::at)
        .containsExactly(
            ny("2026-01-06T16:50"),
            ny("2026-01-06T16:57:30"),
            ny("2026-01-07T09:05"),
            ny("2026-01-07T09:05"),
            ny("2026-01-07T10:05"),
            ny("2026-01-07T10:05"));
    List<EscalationDue> steps = run.outcomes(EscalationDue.class);
    assertThat(steps).extracting(EscalationDue::stepIndex).containsExactly(0, 1, 2);
    assertThat(steps)
        .extracting(EscalationDue::recipients)
        .containsExactly(List.of("sam"), List.of("maria"), List.of("revops"));
    assertThat(run.outcomes.get(2)).isInstanceOf(TimerBreached.class);
  }

  @Test
  void theLastRungOpensAnSlaBreachException() {
    Run run =
        new Run(engine, "L-1")
            .on(
                lead.created(ny("2026-01-06T10:00"), "mql"),
                lead.assigned(ny("2026-01-06T10:00"), "sam"))
            .advance(ny("2026-01-06T17:00"));

    SlaBreach breach = run.outcomes(ExceptionOpened.class).getFirst().exception();
    assertThat(breach.type()).isEqualTo(ExceptionType.SLA_BREACH);
    assertThat(breach.occurredAt()).isEqualTo(ny("2026-01-06T11:15"));
    assertThat(breach.eventKey()).isEqualTo("sla:speed_to_lead:L-1:2026-01-06T15:00:00Z:2");
    assertThat(breach.describe())
        .isEqualTo(
            "Record L-1 breached the speed_to_lead SLA: its clock started at 2026-01-06T15:00:00Z"
                + " and fell due at 2026-01-06T15:15:00Z.");
  }

  @Test
  void aClockMetAfterItsBreachClimbsNoFurther() {
    Run run =
        new Run(engine, "L-1")
            .on(
                lead.created(ny("2026-01-06T10:00"), "mql"),
                lead.assigned(ny("2026-01-06T10:00"), "sam"),
                lead.touched(ny("2026-01-06T10:30"), "sam"))
            .advance(ny("2026-01-07T17:00"));

    assertThat(run.outcomes(EscalationDue.class))
        .extracting(EscalationDue::stepIndex)
        .containsExactly(0, 1);
    assertThat(run.outcomes(ExceptionOpened.class)).isEmpty();
    assertThat(engine.nextFiring(run.timers)).isEmpty();
  }

  @Test
  void theNextFiringTellsASchedulerWhenToComeBack() {
    Run run =
        new Run(engine, "L-1")
            .on(
                lead.created(ny("2026-01-06T10:00"), "mql"),
                lead.assigned(ny("2026-01-06T10:00"), "sam"));

    assertThat(engine.nextFiring(run.timers)).contains(ny("2026-01-06T10:07:30"));
  }

  @Test
  void anOwnerlessRecordRemindsTheOwningTeam() {
    Handoff onEntry =
        Contract.handoff(
            "h",
            "mql",
            "sal",
            dev.accord.core.calendar.BusinessDuration.minutes(15),
            SlaStart.STAGE_ENTRY,
            SlaMeasure.FIRST_TOUCH,
            List.of(),
            false,
            Contract.LADDER);
    Run run =
        new Run(Contract.engine(onEntry), "L-1")
            .on(lead.created(ny("2026-01-06T10:00"), "mql"))
            .advance(ny("2026-01-06T10:10"));

    assertThat(run.outcomes(EscalationDue.class))
        .extracting(EscalationDue::recipients)
        .containsExactly(List.of("sdr"));
  }

  @Test
  void theManagerIsTheOneOfTheOwnersTeam() {
    dev.accord.core.team.Person olivia =
        new dev.accord.core.team.Person(
            "ola",
            "Ola",
            java.util.Optional.empty(),
            List.of("marketing"),
            List.of(),
            java.util.Optional.empty(),
            java.util.OptionalInt.empty(),
            1,
            true);
    dev.accord.core.team.Roster roster =
        new dev.accord.core.team.Roster(
            List.of(
                Contract.ROSTER.teams().get(0),
                new dev.accord.core.team.Team(
                    "marketing",
                    "Marketing",
                    dev.accord.core.team.Department.MARKETING,
                    java.util.Optional.of("olivia"),
                    java.util.Optional.empty())),
            List.of(olivia));
    SlaEngine engine =
        SlaEngine.of(
            List.of(Contract.speedToLead()), List.of(Contract.US_EAST), Contract.MLK_DAY, roster);
    Run run =
        new Run(engine, "L-1")
            .on(
                lead.created(ny("2026-01-06T10:00"), "mql"),
                lead.assigned(ny("2026-01-06T10:00"), "ola"))
            .advance(ny("2026-01-06T10:15"));

    // Ola is in marketing, not in the SDR team that owns the handoff: her manager hears of it.
    assertThat(run.outcomes(EscalationDue.class).get(1).recipients()).containsExactly("olivia");
  }
}
