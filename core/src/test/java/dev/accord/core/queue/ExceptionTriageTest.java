package dev.accord.core.queue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.core.calendar.BusinessCalendar;
import dev.accord.core.calendar.BusinessDuration;
import dev.accord.core.calendar.PublicHolidays;
import dev.accord.core.exception.DataQualityKind;
import dev.accord.core.exception.ExceptionCase;
import dev.accord.core.exception.ExceptionType;
import dev.accord.core.sla.Handoff;
import dev.accord.core.sla.SlaMeasure;
import dev.accord.core.sla.SlaStart;
import dev.accord.core.team.Department;
import dev.accord.core.team.Team;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExceptionTriageTest {

  private static final BusinessCalendar US_EAST =
      new BusinessCalendar(
          "us_east",
          ZoneId.of("America/New_York"),
          List.of(
              DayOfWeek.MONDAY,
              DayOfWeek.TUESDAY,
              DayOfWeek.WEDNESDAY,
              DayOfWeek.THURSDAY,
              DayOfWeek.FRIDAY),
          LocalTime.of(9, 0),
          LocalTime.of(17, 0),
          Optional.empty(),
          List.of(LocalDate.of(2026, 1, 19)));

  private static final List<Team> TEAMS =
      List.of(
          new Team("sdr", "SDR", Department.SALES, Optional.empty(), Optional.of("us_east")),
          new Team("ops", "Ops", Department.REVOPS, Optional.empty(), Optional.of("us_east")));

  private static final Handoff MQL_TO_SAL =
      new Handoff(
          "mql_to_sal",
          "",
          "mql",
          "sal",
          "sdr",
          BusinessDuration.hours(4),
          "us_east",
          SlaStart.STAGE_ENTRY,
          SlaMeasure.FIRST_TOUCH,
          List.of(),
          false,
          List.of(),
          List.of());

  private static ExceptionTriage triage(List<ExceptionPolicy> policies) {
    return ExceptionTriage.of(
        policies,
        List.of(MQL_TO_SAL),
        List.of(),
        TEAMS,
        List.of(),
        List.of(US_EAST),
        PublicHolidays.none());
  }

  @Test
  void aBreachOfTheLifecycleGoesToTheTeamOwningTheHandoffAndFallsDueInItsBusinessTime() {
    // Friday 16:00 in New York: one business day later is Monday 16:00, not Saturday.
    var invalid =
        new ExceptionCase.InvalidTransition(
            "L-1", "k", Instant.parse("2026-01-09T21:00:00Z"), "new", "sal");

    assertThat(triage(List.of()).assess(invalid))
        .isEqualTo(
            new Triage("sdr", ExceptionSeverity.HIGH, Instant.parse("2026-01-12T21:00:00Z")));
  }

  @Test
  void dataQualityGoesToTheRevopsDepartmentUnlessTheAccordSaysOtherwise() {
    var finding =
        new ExceptionCase.DataQualityFinding(
            "L-1",
            "k",
            Instant.parse("2026-01-15T14:00:00Z"),
            DataQualityKind.SENTINEL,
            "industry",
            "Select",
            "placeholder");

    // Thursday at opening + 5 business days: the closing of the fifth, skipping the weekend and
    // the holiday on Monday 19 January.
    assertThat(triage(List.of()).assess(finding))
        .isEqualTo(new Triage("ops", ExceptionSeverity.LOW, Instant.parse("2026-01-22T22:00:00Z")));

    ExceptionPolicy policy =
        new ExceptionPolicy(
            ExceptionType.DATA_QUALITY,
            "sdr",
            ExceptionSeverity.CRITICAL,
            BusinessDuration.hours(2));
    // 09:00 + 2 business hours.
    assertThat(triage(List.of(policy)).assess(finding))
        .isEqualTo(
            new Triage("sdr", ExceptionSeverity.CRITICAL, Instant.parse("2026-01-15T16:00:00Z")));
  }

  @Test
  void withoutCalendarsTheSlaRunsAroundTheClock() {
    var dispute =
        ExceptionCase.ReportingDispute.raise(
            "mql_to_sql", "counts test leads", "olivia", Instant.parse("2026-01-09T21:00:00Z"));

    assertThat(ExceptionTriage.withoutAccord().assess(dispute))
        .isEqualTo(
            new Triage("revops", ExceptionSeverity.MEDIUM, Instant.parse("2026-01-12T21:00:00Z")));
  }
}
