package dev.accord.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BusinessClockTest {

  private static final List<DayOfWeek> WEEKDAYS =
      List.copyOf(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
  private static final List<DayOfWeek> EVERY_DAY = List.of(DayOfWeek.values());

  private final BusinessClock newYork =
      clock(calendar("America/New_York", WEEKDAYS, "09:00", "17:00"));

  @Nested
  class MinutesAndHours {

    @Test
    void aFridayEveningLeadWithAFifteenMinuteSlaIsDueMondayAtAQuarterPastNine() {
      assertThat(newYork.dueAt(at("2026-01-09T19:00-05:00"), BusinessDuration.minutes(15)))
          .isEqualTo(at("2026-01-12T09:15-05:00"));
    }

    @Test
    void minutesLeftAtClosingCarryOverToTheNextBusinessDay() {
      // The example of the accord file's reference: 16:55 on a Friday plus 15 minutes.
      assertThat(newYork.dueAt(at("2026-01-09T16:55-05:00"), BusinessDuration.minutes(15)))
          .isEqualTo(at("2026-01-12T09:10-05:00"));
    }

    @Test
    void aStartExactlyAtClosingTimeCountsFromTheNextOpening() {
      assertThat(newYork.dueAt(at("2026-01-09T17:00-05:00"), BusinessDuration.minutes(15)))
          .isEqualTo(at("2026-01-12T09:15-05:00"));
    }

    @Test
    void anSlaUsedUpExactlyAtClosingIsDueAtClosingNotAtTheNextOpening() {
      assertThat(newYork.dueAt(at("2026-01-09T16:45-05:00"), BusinessDuration.minutes(15)))
          .isEqualTo(at("2026-01-09T17:00-05:00"));
    }

    @Test
    void hoursBeyondOneBusinessDayRunOnTheNext() {
      // Seven hours on Wednesday from 10:00, the other three on Thursday.
      assertThat(newYork.dueAt(at("2026-01-07T10:00-05:00"), BusinessDuration.hours(10)))
          .isEqualTo(at("2026-01-08T12:00-05:00"));
    }

    @Test
    void aCustomHolidayIsSkipped() {
      BusinessClock withThanksgiving =
          clock(
              calendar("America/New_York", WEEKDAYS, "09:00", "17:00")
                  .withHolidays(LocalDate.of(2026, 11, 26)));

      assertThat(withThanksgiving.dueAt(at("2026-11-25T16:30-05:00"), BusinessDuration.hours(1)))
          .isEqualTo(at("2026-11-27T09:30-05:00"));
    }

    @Test
    void theCountrysPublicHolidaysAreSkippedOnlyWhenTheCalendarNamesTheCountry() {
      PublicHolidays thanksgiving =
          (country, date) -> country.equals("US") && date.equals(LocalDate.of(2026, 11, 26));
      Draft us = calendar("America/New_York", WEEKDAYS, "09:00", "17:00");

      assertThat(
              new BusinessClock(us.inCountry("US").build(), thanksgiving)
                  .dueAt(at("2026-11-25T16:30-05:00"), BusinessDuration.hours(1)))
          .isEqualTo(at("2026-11-27T09:30-05:00"));
      assertThat(
              new BusinessClock(us.build(), thanksgiving)
                  .dueAt(at("2026-11-25T16:30-05:00"), BusinessDuration.hours(1)))
          .isEqualTo(at("2026-11-26T09:30-05:00"));
    }
  }

  @Nested
  class DaylightSaving {

    @Test
    void springingForwardInNewYorkLeavesTheWallClockHoursAlone() {
      // 2026-03-08: clocks go from 02:00 EST to 03:00 EDT, so Monday 09:30 is 13:30 UTC.
      assertThat(newYork.dueAt(at("2026-03-06T16:30-05:00"), BusinessDuration.hours(1)))
          .isEqualTo(at("2026-03-09T09:30-04:00"))
          .isEqualTo(Instant.parse("2026-03-09T13:30:00Z"));
    }

    @Test
    void fallingBackInNewYorkLeavesTheWallClockHoursAlone() {
      // 2026-11-01: clocks go from 02:00 EDT back to 01:00 EST.
      assertThat(newYork.dueAt(at("2026-10-30T16:30-04:00"), BusinessDuration.hours(1)))
          .isEqualTo(at("2026-11-02T09:30-05:00"))
          .isEqualTo(Instant.parse("2026-11-02T14:30:00Z"));
    }

    @Test
    void theBritishSummerTimeChangeLeavesTheWallClockHoursAlone() {
      // 2026-03-29: clocks go from 01:00 GMT to 02:00 BST.
      BusinessClock london = clock(calendar("Europe/London", WEEKDAYS, "09:00", "17:30"));

      assertThat(london.dueAt(at("2026-03-27T17:00Z"), BusinessDuration.hours(1)))
          .isEqualTo(at("2026-03-30T09:30+01:00"))
          .isEqualTo(Instant.parse("2026-03-30T08:30:00Z"));
    }

    @Test
    void aBusinessDayOverTheChangeKeepsTheTimeOfDay() {
      // Seventy-one hours of real time, not seventy-two.
      assertThat(newYork.dueAt(at("2026-03-06T16:00-05:00"), BusinessDuration.days(1)))
          .isEqualTo(at("2026-03-09T16:00-04:00"));
    }

    @Test
    void anOpeningTimeSkippedBySpringingForwardOpensAtTheChange() {
      // 02:30 never shows on New York clocks on 2026-03-08: the day opens when 02:00 becomes 03:00.
      BusinessClock night = clock(calendar("America/New_York", EVERY_DAY, "02:30", "06:00"));

      assertThat(night.nextOpening(at("2026-03-08T00:00-05:00")))
          .isEqualTo(at("2026-03-08T03:00-04:00"));
      assertThat(night.nextOpening(at("2026-03-07T00:00-05:00")))
          .isEqualTo(at("2026-03-07T02:30-05:00"));
      assertThat(
              night.businessTimeBetween(at("2026-03-08T00:00-05:00"), at("2026-03-09T00:00-04:00")))
          .isEqualTo(Duration.ofHours(3));
    }

    @Test
    void anOpeningTimeRepeatedByFallingBackOpensAtItsFirstOccurrence() {
      // 01:30 shows twice on New York clocks on 2026-11-01; the hour between counts as worked.
      BusinessClock night = clock(calendar("America/New_York", EVERY_DAY, "01:30", "05:00"));

      assertThat(night.nextOpening(at("2026-11-01T00:00-04:00")))
          .isEqualTo(at("2026-11-01T01:30-04:00"));
      assertThat(
              night.businessTimeBetween(at("2026-11-01T00:00-04:00"), at("2026-11-02T00:00-05:00")))
          .isEqualTo(Duration.ofMinutes(270));
      assertThat(night.dueAt(at("2026-11-01T01:30-04:00"), BusinessDuration.hours(4)))
          .isEqualTo(at("2026-11-01T04:30-05:00"));
    }
  }

  @Nested
  class Days {

    @Test
    void oneBusinessDayFromWednesdayAfternoonIsThursdayAtTheSameTime() {
      assertThat(newYork.dueAt(at("2026-01-07T16:00-05:00"), BusinessDuration.days(1)))
          .isEqualTo(at("2026-01-08T16:00-05:00"));
    }

    @Test
    void oneBusinessDayFromFridayAfternoonIsMondayAtTheSameTime() {
      assertThat(newYork.dueAt(at("2026-01-09T16:00-05:00"), BusinessDuration.days(1)))
          .isEqualTo(at("2026-01-12T16:00-05:00"));
    }

    @Test
    void aStartBeforeTheOpeningIsDueAtTheClosingOfTheNthBusinessDay() {
      // Friday night and Monday at opening are the same moment of business time: the end of
      // Friday's business day. One business day later is the end of Monday's.
      assertThat(newYork.dueAt(at("2026-01-09T20:00-05:00"), BusinessDuration.days(1)))
          .isEqualTo(at("2026-01-12T17:00-05:00"));
      assertThat(newYork.dueAt(at("2026-01-12T09:00-05:00"), BusinessDuration.days(1)))
          .isEqualTo(at("2026-01-12T17:00-05:00"));
      assertThat(newYork.dueAt(at("2026-01-09T20:00-05:00"), BusinessDuration.days(3)))
          .isEqualTo(at("2026-01-14T17:00-05:00"));
    }

    @Test
    void zeroBusinessDaysIsTheNextOpening() {
      assertThat(newYork.dueAt(at("2026-01-09T20:00-05:00"), BusinessDuration.days(0)))
          .isEqualTo(at("2026-01-12T09:00-05:00"));
    }

    @Test
    void holidaysAreNotBusinessDays() {
      BusinessClock withThanksgiving =
          clock(
              calendar("America/New_York", WEEKDAYS, "09:00", "17:00")
                  .withHolidays(LocalDate.of(2026, 11, 26)));

      assertThat(withThanksgiving.dueAt(at("2026-11-25T11:00-05:00"), BusinessDuration.days(1)))
          .isEqualTo(at("2026-11-27T11:00-05:00"));
    }
  }

  @Nested
  class OpenOrClosed {

    @Test
    void theCalendarIsOpenFromOpeningUpToButNotAtClosing() {
      assertThat(newYork.isOpen(at("2026-01-09T08:59:59-05:00"))).isFalse();
      assertThat(newYork.isOpen(at("2026-01-09T09:00-05:00"))).isTrue();
      assertThat(newYork.isOpen(at("2026-01-09T16:59:59-05:00"))).isTrue();
      assertThat(newYork.isOpen(at("2026-01-09T17:00-05:00"))).isFalse();
      assertThat(newYork.isOpen(at("2026-01-10T12:00-05:00"))).isFalse();
    }

    @Test
    void theNextOpeningIsTheInstantItselfDuringBusinessHours() {
      assertThat(newYork.nextOpening(at("2026-01-09T12:00-05:00")))
          .isEqualTo(at("2026-01-09T12:00-05:00"));
      assertThat(newYork.nextOpening(at("2026-01-09T17:00-05:00")))
          .isEqualTo(at("2026-01-12T09:00-05:00"));
      assertThat(newYork.nextOpening(at("2026-01-09T06:00-05:00")))
          .isEqualTo(at("2026-01-09T09:00-05:00"));
    }

    @Test
    void businessTimeBetweenCountsOnlyOpeningHours() {
      assertThat(
              newYork.businessTimeBetween(
                  at("2026-01-09T16:00-05:00"), at("2026-01-12T10:00-05:00")))
          .isEqualTo(Duration.ofHours(2));
      assertThat(
              newYork.businessTimeBetween(
                  at("2026-01-12T10:00-05:00"), at("2026-01-09T16:00-05:00")))
          .isEqualTo(Duration.ofHours(-2));
      assertThat(
              newYork.businessTimeBetween(
                  at("2026-01-10T10:00-05:00"), at("2026-01-11T16:00-05:00")))
          .isZero();
    }
  }

  @Nested
  class Refusals {

    @Test
    void aCalendarWithoutWorkingDaysHasNoClock() {
      assertThatThrownBy(() -> clock(calendar("America/New_York", List.of(), "09:00", "17:00")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("calendar `office` has no working days");
    }

    @Test
    void aCalendarThatClosesBeforeItOpensHasNoClock() {
      assertThatThrownBy(() -> clock(calendar("America/New_York", WEEKDAYS, "17:00", "09:00")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("calendar `office` opens at 17:00, which is not before it closes at 09:00");
    }

    @Test
    void aCalendarWhoseWorkingDaysAreAllHolidaysSaysSoInsteadOfSearchingForever() {
      BusinessClock allHolidays =
          new BusinessClock(
              calendar("America/New_York", WEEKDAYS, "09:00", "17:00").inCountry("US").build(),
              (country, date) -> true);

      assertThatThrownBy(() -> allHolidays.nextOpening(at("2026-01-09T12:00-05:00")))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage(
              "calendar `office` has no business day in the ten years from 2026-01-09:"
                  + " its working days are all holidays");
    }
  }

  private static Instant at(String offsetDateTime) {
    return OffsetDateTime.parse(offsetDateTime).toInstant();
  }

  private static BusinessClock clock(Draft draft) {
    return new BusinessClock(draft.build(), PublicHolidays.none());
  }

  private static Draft calendar(String zone, List<DayOfWeek> days, String opens, String closes) {
    return new Draft(
        ZoneId.of(zone),
        days,
        LocalTime.parse(opens),
        LocalTime.parse(closes),
        Optional.empty(),
        List.of());
  }

  /** A calendar under construction, to vary one thing at a time. */
  private record Draft(
      ZoneId zone,
      List<DayOfWeek> days,
      LocalTime opens,
      LocalTime closes,
      Optional<String> country,
      List<LocalDate> holidays) {

    Draft withHolidays(LocalDate... dates) {
      return new Draft(zone, days, opens, closes, country, List.of(dates));
    }

    Draft inCountry(String code) {
      return new Draft(zone, days, opens, closes, Optional.of(code), holidays);
    }

    BusinessCalendar build() {
      return new BusinessCalendar("office", zone, days, opens, closes, country, holidays);
    }
  }
}
