package dev.accord.core.calendar;

import static dev.accord.core.ValidationAssertions.errorAt;
import static dev.accord.core.ValidationAssertions.warningAt;

import dev.accord.core.AccordDraft;
import dev.accord.core.AccordFixture;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CalendarValidationTest {

  private final AccordDraft draft = AccordFixture.draft();

  @Test
  void aDuplicateCalendarIsAnError() {
    draft.calendars.add(calendar("us_east", List.of(DayOfWeek.MONDAY), 9, 17, List.of()));

    errorAt(draft.build(), "calendars[1].id", "duplicate calendar `us_east`");
  }

  @Test
  void aCalendarWithoutWorkingDaysIsAnError() {
    // An SLA on such a calendar would never run out.
    draft.calendars.set(0, calendar("us_east", List.of(), 9, 17, List.of()));

    errorAt(draft.build(), "calendars[0].working_days", "calendar `us_east` has no working days");
  }

  @Test
  void aCalendarThatClosesBeforeItOpensIsAnError() {
    draft.calendars.set(0, calendar("us_east", List.of(DayOfWeek.MONDAY), 17, 9, List.of()));

    errorAt(
        draft.build(),
        "calendars[0].hours",
        "calendar `us_east` opens at 17:00, which is not before it closes at 09:00");
  }

  @Test
  void aCalendarThatOpensAsItClosesIsAnError() {
    draft.calendars.set(0, calendar("us_east", List.of(DayOfWeek.MONDAY), 9, 9, List.of()));

    errorAt(draft.build(), "calendars[0].hours", "opens at 09:00, which is not before");
  }

  @Test
  void aHolidayListedTwiceIsAWarning() {
    LocalDate christmasEve = LocalDate.of(2026, 12, 24);
    draft.calendars.set(
        0,
        calendar(
            "us_east",
            List.of(DayOfWeek.MONDAY),
            9,
            17,
            List.of(christmasEve, LocalDate.of(2026, 12, 31), christmasEve)));

    warningAt(
        draft.build(),
        "calendars[0].holidays[2]",
        "calendar `us_east` lists the holiday 2026-12-24 twice");
  }

  private static BusinessCalendar calendar(
      String id, List<DayOfWeek> days, int opens, int closes, List<LocalDate> holidays) {
    return new BusinessCalendar(
        id,
        ZoneId.of("America/New_York"),
        days,
        LocalTime.of(opens, 0),
        LocalTime.of(closes, 0),
        Optional.empty(),
        holidays);
  }
}
