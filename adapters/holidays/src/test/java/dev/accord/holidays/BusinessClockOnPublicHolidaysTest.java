package dev.accord.holidays;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.core.calendar.BusinessCalendar;
import dev.accord.core.calendar.BusinessClock;
import dev.accord.core.calendar.BusinessDuration;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The business clock on the public holidays Jollyday knows, with and without custom holidays. */
class BusinessClockOnPublicHolidaysTest {

  private static final Instant WEDNESDAY_BEFORE_THANKSGIVING = at("2026-11-25T16:30-05:00");

  @Test
  void anSlaOverThanksgivingRunsOnFriday() {
    BusinessClock clock = new BusinessClock(usEast(List.of()), new JollydayPublicHolidays());

    assertThat(clock.dueAt(WEDNESDAY_BEFORE_THANKSGIVING, BusinessDuration.hours(1)))
        .isEqualTo(at("2026-11-27T09:30-05:00"));
    assertThat(clock.dueAt(WEDNESDAY_BEFORE_THANKSGIVING, BusinessDuration.days(1)))
        .isEqualTo(at("2026-11-27T16:30-05:00"));
  }

  @Test
  void aCustomHolidayAfterThanksgivingAddsToThePublicOne() {
    // Many companies close on the Friday after Thanksgiving, which is no public holiday.
    BusinessClock clock =
        new BusinessClock(
            usEast(List.of(LocalDate.of(2026, 11, 27))), new JollydayPublicHolidays());

    assertThat(clock.dueAt(WEDNESDAY_BEFORE_THANKSGIVING, BusinessDuration.hours(1)))
        .isEqualTo(at("2026-11-30T09:30-05:00"));
    assertThat(clock.isOpen(at("2026-11-26T12:00-05:00"))).isFalse();
    assertThat(clock.isOpen(at("2026-11-27T12:00-05:00"))).isFalse();
  }

  private static BusinessCalendar usEast(List<LocalDate> holidays) {
    return new BusinessCalendar(
        "us_east",
        ZoneId.of("America/New_York"),
        List.copyOf(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)),
        LocalTime.of(9, 0),
        LocalTime.of(17, 0),
        Optional.of("US"),
        holidays);
  }

  private static Instant at(String offsetDateTime) {
    return OffsetDateTime.parse(offsetDateTime).toInstant();
  }
}
