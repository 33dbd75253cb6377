package dev.accord.holidays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class JollydayPublicHolidaysTest {

  private final JollydayPublicHolidays holidays = new JollydayPublicHolidays();

  @Test
  void usThanksgivingIsTheFourthThursdayOfNovember() {
    assertThat(holidays.isHoliday("US", LocalDate.of(2026, 11, 26))).isTrue();
    assertThat(holidays.isHoliday("US", LocalDate.of(2026, 11, 27))).isFalse();
  }

  @Test
  void britishChristmasAndBoxingDayOnASaturdayTakenOffOnMonday() {
    assertThat(holidays.isHoliday("GB", LocalDate.of(2026, 12, 25))).isTrue();
    assertThat(holidays.isHoliday("GB", LocalDate.of(2026, 12, 26))).isFalse();
    assertThat(holidays.isHoliday("GB", LocalDate.of(2026, 12, 28))).isTrue();
  }

  @Test
  void germanUnityDay() {
    assertThat(holidays.isHoliday("DE", LocalDate.of(2026, 10, 3))).isTrue();
    assertThat(holidays.isHoliday("DE", LocalDate.of(2026, 10, 2))).isFalse();
  }

  @Test
  void aHolidayObservedInThePreviousYearIsADayOffThere() {
    // New Year's Day 2022 fell on a Saturday; the US took Friday 31 December 2021 off.
    assertThat(holidays.isHoliday("US", LocalDate.of(2021, 12, 31))).isTrue();
    assertThat(holidays.isHoliday("US", LocalDate.of(2022, 1, 1))).isFalse();
  }

  @Test
  void independenceDayOnASaturdayIsTakenOffOnFriday() {
    assertThat(holidays.isHoliday("US", LocalDate.of(2026, 7, 3))).isTrue();
    assertThat(holidays.isHoliday("US", LocalDate.of(2026, 7, 4))).isFalse();
  }

  @Test
  void theCodeIsReadInEitherCase() {
    assertThat(holidays.isHoliday("us", LocalDate.of(2026, 11, 26))).isTrue();
  }

  @Test
  void anUnknownCountryCodeIsRefusedByName() {
    // Read as "no holidays", a typo would let SLAs run through every holiday unnoticed.
    assertThatThrownBy(() -> holidays.isHoliday("XX", LocalDate.of(2026, 11, 26)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "no public holidays are known for the country code `XX`: holiday_country takes an ISO"
                + " 3166 alpha-2 code such as US, GB or DE");
  }
}
