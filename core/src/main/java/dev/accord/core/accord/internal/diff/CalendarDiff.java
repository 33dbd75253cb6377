package dev.accord.core.accord.internal.diff;

import static dev.accord.core.accord.ChangeArea.CALENDAR;

import dev.accord.core.accord.Accord;
import dev.accord.core.accord.AccordChange;
import dev.accord.core.accord.internal.Wording;
import dev.accord.core.calendar.BusinessCalendar;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** The business calendars SLAs run on: time zone, working days and hours, and days off. */
public final class CalendarDiff {

  private CalendarDiff() {}

  public static List<AccordChange> between(Accord before, Accord after) {
    ChangeList changes = new ChangeList();
    Counterparts.walk(
        before.calendars(),
        after.calendars(),
        BusinessCalendar::id,
        gone ->
            about(changes, gone)
                .removed(Wording.workingWeek(gone), "Calendar `" + gone.id() + "` was removed."),
        fresh ->
            about(changes, fresh)
                .added(
                    Wording.workingWeek(fresh),
                    "Calendar `" + fresh.id() + "` was added: " + Wording.workingWeek(fresh) + "."),
        (was, now) -> kept(about(changes, now), was, now));
    return changes.toList();
  }

  private static ChangeList.Subject about(ChangeList changes, BusinessCalendar calendar) {
    return changes.about(CALENDAR, "calendar " + calendar.id());
  }

  private static String join(List<LocalDate> days) {
    return String.join(", ", days.stream().map(LocalDate::toString).toList());
  }

  private static void kept(
      ChangeList.Subject calendar, BusinessCalendar before, BusinessCalendar after) {
    String thing = "Calendar `" + after.id() + "`";
    calendar.ifChanged(
        before.timeZone(),
        after.timeZone(),
        ZoneId::getId,
        (was, now) -> thing + " now runs in the time zone " + now + " (was " + was + ").");
    calendar.ifChanged(
        before.workingDays(),
        after.workingDays(),
        Wording::days,
        (was, now) -> thing + " now works " + now + " (was " + was + ").");
    calendar.ifChanged(
        before.opens() + "-" + before.closes(),
        after.opens() + "-" + after.closes(),
        hours -> hours,
        (was, now) ->
            "The working hours of calendar `"
                + after.id()
                + "` are now "
                + now
                + " (were "
                + was
                + ").");
    calendar.ifChangedOptional(
        before.holidayCountry(),
        after.holidayCountry(),
        country -> country,
        thing + " now observes the public holidays of ",
        thing + " no longer observes public holidays.");
    Delta<LocalDate> holidays = Delta.of(before.holidays(), after.holidays());
    if (!holidays.isEmpty()) {
      String sentence =
          holidays.added().isEmpty()
              ? thing + " no longer takes " + Wording.list(holidays.removed()) + " off."
              : thing
                  + " now also takes "
                  + Wording.list(holidays.added())
                  + " off"
                  + (holidays.removed().isEmpty()
                      ? "."
                      : ", and no longer " + Wording.list(holidays.removed()) + ".");
      calendar.changed(join(before.holidays()), join(after.holidays()), sentence);
    }
  }
}
