package dev.accord.holidays;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import dev.accord.core.calendar.PublicHolidays;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The public holidays of a calendar's {@code holiday_country}, from the holiday tables Jollyday
 * maintains.
 *
 * <p>A country's holidays are its nationwide public holidays, on the day people take them off: a
 * holiday that falls on a weekend and is observed on a weekday counts on the weekday, even when
 * that weekday lies in the year before (New Year's Day 2022 was taken off in the US on 31 December
 * 2021). Regional holidays, such as a US state's or England's Easter Monday, and observances that
 * are no day off are not included; a calendar lists those among its own {@code holidays}.
 *
 * <p>A code Jollyday does not know is refused with an {@link IllegalArgumentException} that names
 * it, rather than read as a country without holidays: a mistyped code would otherwise have SLAs
 * silently run through every holiday.
 *
 * <p>Each country's days off are worked out once a year and kept, since the clock asks about one
 * date at a time on every event.
 */
public final class JollydayPublicHolidays implements PublicHolidays {

  private record CountryYear(String countryCode, int year) {}

  private final Map<CountryYear, Set<LocalDate>> daysOff = new ConcurrentHashMap<>();

  /**
   * {@inheritDoc}
   *
   * @param countryCode an ISO 3166 alpha-2 code, in either case
   * @throws IllegalArgumentException when no holidays are known for the code
   */
  @Override
  public boolean isHoliday(String countryCode, LocalDate date) {
    return daysOff
        .computeIfAbsent(new CountryYear(countryCode, date.getYear()), this::daysOffIn)
        .contains(date);
  }

  private Set<LocalDate> daysOffIn(CountryYear countryYear) {
    String code = countryCode(countryYear.countryCode());
    HolidayManager country = HolidayManager.getInstance(ManagerParameters.create(code));
    Set<LocalDate> dates = new HashSet<>();
    // A holiday of the next or the previous year can be taken off in this one.
    for (int year = countryYear.year() - 1; year <= countryYear.year() + 1; year++) {
      for (Holiday holiday : country.getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY)) {
        if (holiday.getDate().getYear() == countryYear.year()) {
          dates.add(holiday.getDate());
        }
      }
    }
    return Set.copyOf(dates);
  }

  private static String countryCode(String declared) {
    String code = declared.strip().toUpperCase(Locale.ROOT);
    if (!HolidayManager.getSupportedCalendarCodes().contains(code)) {
      throw new IllegalArgumentException(
          "no public holidays are known for the country code `"
              + declared
              + "`: holiday_country takes an ISO 3166 alpha-2 code such as US, GB or DE");
    }
    return code;
  }
}
