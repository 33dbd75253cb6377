package dev.accord.core.calendar;

import java.time.LocalDate;

/**
 * The public holidays of the world's countries, as a business calendar's {@code holiday_country}
 * takes them off. The core only asks; an adapter knows the dates, so the core never loads holiday
 * data itself.
 */
@FunctionalInterface
public interface PublicHolidays {

  /**
   * Whether the date is a nationwide public holiday in the country.
   *
   * @param countryCode an ISO 3166 alpha-2 code, such as {@code US} or {@code GB}
   */
  boolean isHoliday(String countryCode, LocalDate date);

  /** No public holidays anywhere: only a calendar's own {@code holidays} are days off. */
  static PublicHolidays none() {
    return (countryCode, date) -> false;
  }
}
