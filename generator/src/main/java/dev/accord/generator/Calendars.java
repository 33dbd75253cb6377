package dev.accord.generator;

import dev.accord.core.calendar.BusinessCalendar;
import dev.accord.core.calendar.PublicHolidays;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/**
 * The working time of every calendar a generated funnel uses, laid out once for all its stories:
 * from a little before the first record to a year after the last, and further as stories reach.
 */
final class Calendars {

  /** How far past the span calendars are laid out at first; they grow when stories run longer. */
  private static final int YEARS_AFTER = 1;

  private final PublicHolidays holidays;
  private final LocalDate from;
  private final LocalDate until;
  private final Map<BusinessCalendar, WorkingTime> laidOut = new HashMap<>();

  Calendars(GeneratorSettings settings) {
    this.holidays = settings.holidays();
    this.from = settings.start().atOffset(ZoneOffset.UTC).toLocalDate().minusDays(60);
    this.until =
        settings
            .start()
            .plus(settings.span())
            .atOffset(ZoneOffset.UTC)
            .toLocalDate()
            .plusYears(YEARS_AFTER);
  }

  /** The calendar's working time; calendars alike are laid out once. */
  WorkingTime of(BusinessCalendar calendar) {
    return laidOut.computeIfAbsent(calendar, c -> new WorkingTime(c, holidays, from, until));
  }
}
