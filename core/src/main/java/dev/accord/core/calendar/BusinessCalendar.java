package dev.accord.core.calendar;

import dev.accord.core.shared.Values;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * When a team is at work: the working days and hours in one time zone, less holidays. SLAs run on
 * such a calendar, so a lead that arrives on Friday evening is not late on Saturday morning.
 *
 * @param id the calendar's identifier
 * @param timeZone the zone the hours are read in
 * @param workingDays the days of the week people work
 * @param opens when the working day starts
 * @param closes when the working day ends
 * @param holidayCountry the ISO country whose public holidays are days off, if any
 * @param holidays further days off, such as a company shutdown
 */
public record BusinessCalendar(
    String id,
    ZoneId timeZone,
    List<DayOfWeek> workingDays,
    LocalTime opens,
    LocalTime closes,
    Optional<String> holidayCountry,
    List<LocalDate> holidays) {

  public BusinessCalendar {
    id = Values.text(id);
    Objects.requireNonNull(timeZone, "timeZone");
    workingDays = Values.list(workingDays);
    Objects.requireNonNull(opens, "opens");
    Objects.requireNonNull(closes, "closes");
    Objects.requireNonNull(holidayCountry, "holidayCountry");
    holidays = Values.list(holidays);
  }
}
