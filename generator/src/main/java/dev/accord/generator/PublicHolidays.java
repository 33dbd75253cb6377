package dev.accord.generator;

import java.time.LocalDate;

/**
 * The public holidays of a country, for calendars that name a holiday country. The generator itself
 * knows none: the calendar's own listed days off always count, and a caller that has a holiday
 * library passes it in here so that the SLA ground truth agrees with the engine's clock.
 */
@FunctionalInterface
public interface PublicHolidays {

  boolean isHoliday(String country, LocalDate date);

  /** No public holidays anywhere: only the days each calendar lists are off. */
  static PublicHolidays none() {
    return (country, date) -> false;
  }
}
