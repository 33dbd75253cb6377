package dev.accord.core.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodTest {

  @ParameterizedTest
  @CsvSource({
    "2026, 2026-01-01T00:00:00Z, 2027-01-01T00:00:00Z, 2025",
    "2026-Q4, 2026-10-01T00:00:00Z, 2027-01-01T00:00:00Z, 2026-Q3",
    "2026-Q1, 2026-01-01T00:00:00Z, 2026-04-01T00:00:00Z, 2025-Q4",
    "2026-11, 2026-11-01T00:00:00Z, 2026-12-01T00:00:00Z, 2026-10",
    "2026-W47, 2026-11-16T00:00:00Z, 2026-11-23T00:00:00Z, 2026-W46",
    "2026-W01, 2025-12-29T00:00:00Z, 2026-01-05T00:00:00Z, 2025-W52",
    "2026-11-03, 2026-11-03T00:00:00Z, 2026-11-04T00:00:00Z, 2026-11-02",
  })
  void reads_the_periods_people_write_and_knows_the_one_before(
      String text, Instant from, Instant to, String previous) {
    Period period = Period.parse(text);

    assertThat(period.from()).isEqualTo(from);
    assertThat(period.to()).isEqualTo(to);
    assertThat(period.previous().label()).isEqualTo(previous);
    assertThat(period.previous().to()).isEqualTo(from);
  }

  @ParameterizedTest
  @CsvSource({"2026-10-01..2026-12-31, 2026-07-01T00:00:00Z"})
  void a_custom_period_includes_its_last_day_and_is_preceded_by_one_as_long(
      String text, Instant previousFrom) {
    Period period = Period.parse(text);

    assertThat(period.to()).isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));
    assertThat(period.previous().from()).isEqualTo(previousFrom);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "last month|`last month` is not a period; write 2026 (a year)",
        "2026-13|`2026-13` is not a real date",
        "2026-W54|2026 has no ISO week 54",
        "2026-12-31..2026-01-01|the period 2026-12-31..2026-01-01 ends before it starts"
      })
  void refuses_what_it_cannot_read_saying_what_it_can(String text, String message) {
    assertThatThrownBy(() -> Period.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(message);
  }
}
