package dev.accord.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.accord.core.calendar.BusinessCalendar;
import dev.accord.core.calendar.BusinessDuration;
import dev.accord.core.calendar.PublicHolidays;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** Business time as the SLA ground truth counts it, on a New York calendar with a holiday. */
class WorkingTimeTest {

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
          Optional.of("US"),
          List.of(LocalDate.parse("2026-12-24")));

  private static final WorkingTime TIME =
      new WorkingTime(
          US_EAST,
          (country, date) -> country.equals("US") && date.equals(LocalDate.parse("2026-07-03")),
          LocalDate.parse("2026-01-01"),
          LocalDate.parse("2027-12-31"));

  @Test
  void fifteen_minutes_from_friday_evening_end_on_monday_morning() {
    // 16:55 on Friday 2026-03-06 in New York; the clocks go forward on Sunday the 8th.
    Instant friday = Instant.parse("2026-03-06T21:55:00Z");

    assertThat(TIME.plus(friday, Duration.ofMinutes(15)))
        .isEqualTo(Instant.parse("2026-03-09T13:10:00Z"));
  }

  @Test
  void a_lead_on_saturday_starts_its_clock_at_monday_nine() {
    Instant saturday = Instant.parse("2026-03-14T15:00:00Z");

    assertThat(TIME.isOpen(saturday)).isFalse();
    assertThat(TIME.nextOpen(saturday)).isEqualTo(Instant.parse("2026-03-16T13:00:00Z"));
    assertThat(TIME.due(saturday, BusinessDuration.minutes(15)))
        .isEqualTo(Instant.parse("2026-03-16T13:15:00Z"));
  }

  @Test
  void the_calendars_own_days_off_and_the_public_holidays_are_skipped() {
    // Thursday 2026-12-24 is the calendar's own day off; Friday 2026-07-03 a public holiday.
    assertThat(TIME.plus(Instant.parse("2026-12-23T21:30:00Z"), Duration.ofHours(1)))
        .isEqualTo(Instant.parse("2026-12-25T14:30:00Z"));
    assertThat(TIME.isOpen(Instant.parse("2026-07-03T15:00:00Z"))).isFalse();
    assertThat(TIME.nextOpen(Instant.parse("2026-07-03T15:00:00Z")))
        .isEqualTo(Instant.parse("2026-07-06T13:00:00Z"));
  }

  @Test
  void a_business_day_is_due_at_the_same_time_on_the_next_working_day() {
    Instant mondayTen = Instant.parse("2026-03-16T14:00:00Z");
    Instant fridayTen = Instant.parse("2026-03-20T14:00:00Z");

    assertThat(TIME.due(mondayTen, BusinessDuration.days(1)))
        .isEqualTo(Instant.parse("2026-03-17T14:00:00Z"));
    assertThat(TIME.due(fridayTen, BusinessDuration.days(1)))
        .isEqualTo(Instant.parse("2026-03-23T14:00:00Z"));
    assertThat(TIME.minutesOf(BusinessDuration.days(5))).isEqualTo(5 * 8 * 60);
  }

  @Test
  void questions_past_the_laid_out_dates_lay_out_more() {
    WorkingTime january =
        new WorkingTime(
            US_EAST,
            PublicHolidays.none(),
            LocalDate.parse("2026-01-01"),
            LocalDate.parse("2026-01-31"));
    // Friday 2031-12-05 at 16:50 New York; ten minutes today, five on Monday.
    Instant late = Instant.parse("2031-12-05T21:50:00Z");

    assertThat(january.plus(late, Duration.ofMinutes(15)))
        .isEqualTo(Instant.parse("2031-12-08T14:05:00Z"));
    assertThat(january.isOpen(Instant.parse("2031-12-08T14:05:00Z"))).isTrue();
    assertThat(january.due(late, BusinessDuration.days(1)))
        .isEqualTo(Instant.parse("2031-12-08T21:50:00Z"));
  }

  @Test
  void a_calendar_that_never_has_a_working_day_says_so() {
    WorkingTime never =
        new WorkingTime(
            US_EAST,
            (country, date) -> true,
            LocalDate.parse("2026-01-01"),
            LocalDate.parse("2026-01-31"));

    assertThatThrownBy(() -> never.plus(Instant.parse("2026-01-05T15:00:00Z"), Duration.ZERO))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Calendar us_east has no working day from 2026-01-31 to 2029-01-31");
  }

  @Test
  void a_calendar_without_working_days_never_opens() {
    BusinessCalendar idle =
        new BusinessCalendar(
            "idle",
            ZoneId.of("UTC"),
            List.of(),
            LocalTime.of(9, 0),
            LocalTime.of(17, 0),
            Optional.empty(),
            List.of());

    assertThat(
            new WorkingTime(
                    idle,
                    PublicHolidays.none(),
                    LocalDate.parse("2026-01-01"),
                    LocalDate.parse("2026-12-31"))
                .everOpens())
        .isFalse();
  }

  @Property(tries = 300)
  void working_time_added_in_two_steps_ends_where_it_ends_in_one(
      @ForAll @LongRange(min = 0, max = 300L * 24 * 3600) long offset,
      @ForAll @IntRange(min = 0, max = 5000) int first,
      @ForAll @IntRange(min = 0, max = 5000) int second) {
    Instant start = Instant.parse("2026-01-02T00:00:00Z").plusSeconds(offset);
    Instant once = TIME.plus(start, Duration.ofMinutes(first + second));
    Instant twice =
        TIME.plus(TIME.plus(start, Duration.ofMinutes(first)), Duration.ofMinutes(second));

    // Splitting a stretch of work at a closing time is the one place the two may differ: the first
    // step ends at 17:00, the second then starts at the next opening.
    assertThat(TIME.nextOpen(once)).isEqualTo(TIME.nextOpen(twice));
    assertThat(
            TIME.isOpen(TIME.plus(start, Duration.ofMinutes(first + second + 1)).minusSeconds(30)))
        .isTrue();
  }
}
