package dev.accord.core.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GroupingTest {

  private static final long DAY = 86_400_000L;

  @Test
  void the_month_of_an_instant_is_the_calendar_s_from_the_first_millisecond_of_a_day_to_the_last() {
    long first = LocalDate.of(1600, 1, 1).toEpochDay();
    long last = LocalDate.of(2400, 12, 31).toEpochDay();
    for (long day = first; day <= last; day++) {
      LocalDate date = LocalDate.ofEpochDay(day);
      long expected = date.getYear() * 12L + date.getMonthValue() - 1;
      assertThat(Grouping.ByPeriod.month(day * DAY)).isEqualTo(expected);
      assertThat(Grouping.ByPeriod.month(day * DAY + DAY - 1)).isEqualTo(expected);
      assertThat(Grouping.ByPeriod.firstEpochDay(expected))
          .isEqualTo(date.withDayOfMonth(1).toEpochDay());
    }
    assertThat(Grouping.ByPeriod.monthLabel(2026 * 12L + 10)).isEqualTo("2026-11");
    assertThat(Grouping.ByPeriod.firstDay(1999 * 12L)).isEqualTo(LocalDate.of(1999, 1, 1));
  }
}
