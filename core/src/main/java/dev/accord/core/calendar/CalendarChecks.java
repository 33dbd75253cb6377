package dev.accord.core.calendar;

import static dev.accord.core.shared.KnownIds.quote;

import dev.accord.core.shared.Declaration;
import dev.accord.core.shared.Problem;
import dev.accord.core.shared.SourcePath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The checks on the business calendars: each declared once, with working days and a working day
 * that opens before it closes, for an SLA on a calendar without working time never runs out.
 */
public final class CalendarChecks {

  private static final SourcePath CALENDARS = SourcePath.root().key("calendars");

  private CalendarChecks() {}

  public static List<Problem> check(List<BusinessCalendar> calendars) {
    List<Problem> problems =
        new ArrayList<>(
            Declaration.problemsAmong(
                "calendar", Declaration.of(calendars, BusinessCalendar::id, CALENDARS)));
    for (int i = 0; i < calendars.size(); i++) {
      BusinessCalendar calendar = calendars.get(i);
      SourcePath at = CALENDARS.index(i);
      String name = quote(calendar.id());
      if (calendar.workingDays().isEmpty()) {
        problems.add(
            Problem.error(
                at.key("working_days"),
                "calendar " + name + " has no working days",
                "list the days people work, such as `[monday, tuesday, wednesday, thursday, friday]`"));
      }
      if (!calendar.opens().isBefore(calendar.closes())) {
        problems.add(
            Problem.error(
                at.key("hours"),
                "calendar "
                    + name
                    + " opens at "
                    + calendar.opens()
                    + ", which is not before it closes at "
                    + calendar.closes(),
                "write the hours as opening-closing on the same day, such as `09:00-17:00`"));
      }
      Set<LocalDate> seen = new HashSet<>();
      for (int h = 0; h < calendar.holidays().size(); h++) {
        LocalDate holiday = calendar.holidays().get(h);
        if (!seen.add(holiday)) {
          problems.add(
              Problem.warning(
                  at.key("holidays").index(h),
                  "calendar " + name + " lists the holiday " + holiday + " twice",
                  "remove the repeated date"));
        }
      }
    }
    return problems;
  }
}
