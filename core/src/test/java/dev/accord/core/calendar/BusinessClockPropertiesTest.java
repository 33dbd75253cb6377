package dev.accord.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of the business clock on generated calendars: any zone (with a bias to those whose
 * clocks change at midnight, by half an hour, or skipped a whole day), any non-empty set of working
 * days, any hours, custom holidays, and public holidays on one day of every month; at any instant
 * of 2000 to 2100.
 */
class BusinessClockPropertiesTest {

  private static final long FROM =
      LocalDate.of(2000, 1, 1).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
  private static final long UNTIL =
      LocalDate.of(2100, 12, 31).atStartOfDay().toEpochSecond(ZoneOffset.UTC);

  /** Zones whose changes are unusual: at midnight, by 30 minutes, a whole day skipped, often. */
  private static final List<String> AWKWARD_ZONES =
      List.of(
          "America/New_York",
          "Europe/London",
          "America/Santiago",
          "America/Asuncion",
          "America/Havana",
          "Australia/Lord_Howe",
          "Pacific/Apia",
          "Africa/Casablanca",
          "Asia/Tehran",
          "America/Sao_Paulo",
          "UTC");

  /** Public holidays on the same day of every month, in the calendar's country. */
  record MonthlyHoliday(int dayOfMonth) implements PublicHolidays {
    @Override
    public boolean isHoliday(String countryCode, LocalDate date) {
      return date.getDayOfMonth() == dayOfMonth;
    }
  }

  /** A calendar and the public holidays of its country: printed in full when a property fails. */
  record Office(BusinessCalendar calendar, MonthlyHoliday publicHolidays) {
    BusinessClock clock() {
      return new BusinessClock(calendar, publicHolidays);
    }
  }

  @Property
  void measuringWhatWasAddedGivesItBack(
      @ForAll("offices") Office office,
      @ForAll("instants") Instant instant,
      @ForAll("minutesOrHours") BusinessDuration sla) {
    BusinessClock clock = office.clock();
    Instant start = clock.nextOpening(instant);

    assertThat(clock.businessTimeBetween(start, clock.dueAt(start, sla)))
        .isEqualTo(Duration.ofMinutes(sla.nominalMinutes()));
  }

  @Property
  void aLongerSlaIsNeverDueEarlier(
      @ForAll("offices") Office office,
      @ForAll("instants") Instant start,
      @ForAll("durations") BusinessDuration sla,
      @ForAll("extras") long extra) {
    BusinessClock clock = office.clock();
    BusinessDuration longer = new BusinessDuration(sla.amount() + extra, sla.unit());

    assertThat(clock.dueAt(start, longer)).isAfterOrEqualTo(clock.dueAt(start, sla));
  }

  @Property
  void nothingToWaitForIsDueAtTheNextOpening(
      @ForAll("offices") Office office,
      @ForAll("instants") Instant start,
      @ForAll BusinessDuration.Unit unit) {
    BusinessClock clock = office.clock();
    Instant due = clock.dueAt(start, new BusinessDuration(0, unit));

    assertThat(due).isEqualTo(clock.nextOpening(start));
    if (clock.isOpen(start)) {
      assertThat(due).isEqualTo(start);
    } else {
      assertThat(due).isAfter(start);
    }
    assertThat(clock.isOpen(due)).isTrue();
    assertThat(clock.businessTimeBetween(start, due)).isZero();
  }

  @Property
  void anSlaFallsDueWhileOpenOrExactlyAtClosing(
      @ForAll("offices") Office office,
      @ForAll("instants") Instant start,
      @ForAll("durations") BusinessDuration sla) {
    BusinessClock clock = office.clock();
    Instant due = clock.dueAt(start, sla);

    // A closing time is the first instant closed after an open one.
    assertThat(clock.isOpen(due) || clock.isOpen(due.minusNanos(1))).isTrue();
    assertThat(due).isAfterOrEqualTo(start);
  }

  @Property
  void businessTimeAddsUpAcrossAnyInstantBetween(
      @ForAll("offices") Office office,
      @ForAll("instants") Instant one,
      @ForAll("instants") Instant other,
      @ForAll("instants") Instant third) {
    BusinessClock clock = office.clock();
    List<Instant> sorted = new ArrayList<>(List.of(one, other, third));
    sorted.sort(Comparator.naturalOrder());
    Instant from = sorted.get(0);
    Instant through = sorted.get(1);
    // Kept within a year so that the walk stays short.
    Instant to = earlier(sorted.get(2), through.plus(Duration.ofDays(366)));
    from = later(from, through.minus(Duration.ofDays(366)));

    assertThat(clock.businessTimeBetween(from, to))
        .isEqualTo(
            clock.businessTimeBetween(from, through).plus(clock.businessTimeBetween(through, to)));
  }

  @Property
  void theClockNeverFails(
      @ForAll("offices") Office office,
      @ForAll("instants") Instant start,
      @ForAll("durations") BusinessDuration sla) {
    BusinessClock clock = office.clock();
    Instant due = clock.dueAt(start, sla);

    assertThat(clock.businessTimeBetween(start, due)).isGreaterThanOrEqualTo(Duration.ZERO);
    assertThat(clock.isOpen(clock.nextOpening(start))).isTrue();
  }

  @Provide
  Arbitrary<Office> offices() {
    Arbitrary<ZoneId> zones =
        Arbitraries.oneOf(
                Arbitraries.of(AWKWARD_ZONES),
                Arbitraries.of(new TreeSet<>(ZoneId.getAvailableZoneIds())))
            .map(ZoneId::of);
    Arbitrary<List<DayOfWeek>> days =
        Arbitraries.subsetOf(DayOfWeek.values())
            .ofMinSize(1)
            .map(s -> List.copyOf(new TreeSet<>(s)));
    // Two different minutes of the day: the earlier opens, the later closes.
    Arbitrary<List<LocalTime>> hours =
        Arbitraries.integers()
            .between(0, 24 * 60 - 1)
            .map(minute -> LocalTime.MIN.plusMinutes(minute))
            .set()
            .ofSize(2)
            .map(s -> List.copyOf(new TreeSet<>(s)));
    Arbitrary<List<LocalDate>> holidays =
        Arbitraries.longs()
            .between(FROM / 86_400, UNTIL / 86_400)
            .map(LocalDate::ofEpochDay)
            .list()
            .ofMaxSize(5);
    Arbitrary<Optional<Integer>> monthly = Arbitraries.integers().between(1, 31).optional();
    return Combinators.combine(zones, days, hours, holidays, monthly)
        .as((zone, workingDays, openClose, own, holidayEveryMonth) ->
            new Office(
                new BusinessCalendar(
                    "office",
                    zone,
                    workingDays,
                    openClose.get(0),
                    openClose.get(1),
                    holidayEveryMonth.map(day -> "ZZ"),
                    own),
                new MonthlyHoliday(holidayEveryMonth.orElse(0))));
  }

  @Provide
  Arbitrary<Instant> instants() {
    return Arbitraries.longs().between(FROM, UNTIL).map(Instant::ofEpochSecond);
  }

  @Provide
  Arbitrary<BusinessDuration> minutesOrHours() {
    return Arbitraries.oneOf(
        Arbitraries.longs().between(0, 20_000).map(BusinessDuration::minutes),
        Arbitraries.longs().between(0, 500).map(BusinessDuration::hours));
  }

  @Provide
  Arbitrary<BusinessDuration> durations() {
    return Arbitraries.oneOf(
        minutesOrHours(), Arbitraries.longs().between(0, 400).map(BusinessDuration::days));
  }

  @Provide
  Arbitrary<Long> extras() {
    return Arbitraries.longs().between(0, 300);
  }

  private static Instant earlier(Instant one, Instant other) {
    return one.isBefore(other) ? one : other;
  }

  private static Instant later(Instant one, Instant other) {
    return one.isAfter(other) ? one : other;
  }
}
