package dev.accord.generator;

import dev.accord.core.calendar.BusinessCalendar;
import dev.accord.core.calendar.BusinessDuration;
import dev.accord.core.calendar.PublicHolidays;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * Business time on one calendar: whether people are at work at an instant, and where a length of
 * working time ends. A lead that arrives on Friday evening is answered on Monday morning, and its
 * fifteen business minutes start then.
 *
 * <p>The working days are laid out as the epoch seconds each opens and closes, so that every
 * question is a binary search: records ask it at every step of their story. The layout starts at a
 * given date and grows, a few years at a time, as far as questions reach. Instants are taken to the
 * second.
 */
final class WorkingTime {

  /**
   * The working days laid out so far, the last date looked at, and the second before which every
   * question can be answered without looking further.
   */
  private record Layout(long[] opens, long[] closes, LocalDate until, long answers) {

    Layout(long[] opens, long[] closes, LocalDate until) {
      this(opens, closes, until, (until.toEpochDay() - 7) * 86_400);
    }
  }

  private static final int YEARS_PER_GROWTH = 3;

  private final BusinessCalendar calendar;
  private final PublicHolidays holidays;
  private final Set<DayOfWeek> workingDays;
  private final Set<LocalDate> daysOff;
  private final boolean hasHours;
  private volatile Layout layout;

  /** Lays out the calendar's working days from one date to another, both included, at first. */
  WorkingTime(BusinessCalendar calendar, PublicHolidays holidays, LocalDate from, LocalDate until) {
    this.calendar = calendar;
    this.holidays = holidays;
    this.workingDays =
        calendar.workingDays().isEmpty()
            ? EnumSet.noneOf(DayOfWeek.class)
            : EnumSet.copyOf(calendar.workingDays());
    this.daysOff = Set.copyOf(calendar.holidays());
    this.hasHours = calendar.opens().isBefore(calendar.closes());
    this.layout = lay(new Layout(new long[0], new long[0], from.minusDays(1)), until);
  }

  /** Whether the calendar has any working time at all; one without never opens. */
  boolean everOpens() {
    return hasHours && !workingDays.isEmpty();
  }

  boolean isOpen(Instant instant) {
    long second = instant.getEpochSecond();
    Layout days = reaching(second);
    int day = dayStartedBy(days, second);
    return day >= 0 && second < days.closes()[day];
  }

  /** The instant itself when people are at work, else the next opening. */
  Instant nextOpen(Instant instant) {
    return plus(instant, Duration.ZERO);
  }

  /** The minutes of the first working day, taken as the length of every working day. */
  long dayMinutes() {
    Layout days = layout;
    return days.opens().length == 0 ? 0 : (days.closes()[0] - days.opens()[0]) / 60;
  }

  /** Where a length of working time, counted from the instant, ends. */
  Instant plus(Instant from, Duration working) {
    requireHours();
    long second = from.getEpochSecond();
    Layout days = reaching(second);
    int day = dayStartedBy(days, second);
    if (day < 0 || second >= days.closes()[day]) {
      day++;
      days = holding(days, day);
      second = days.opens()[day];
    }
    long left = working.toSeconds();
    while (left > days.closes()[day] - second) {
      left -= days.closes()[day] - second;
      day++;
      days = holding(days, day);
      second = days.opens()[day];
    }
    return Instant.ofEpochSecond(second + left);
  }

  /**
   * When a business duration started at the instant runs out: minutes and hours are counted in
   * working time; a business day is one working day, so a clock started at 10:00 on Monday is due
   * at 10:00 on Tuesday.
   */
  Instant due(Instant start, BusinessDuration length) {
    if (length.unit() != BusinessDuration.Unit.DAYS) {
      return plus(start, Duration.ofMinutes(length.nominalMinutes()));
    }
    long begins = nextOpen(start).getEpochSecond();
    Layout days = reaching(begins);
    int day = dayStartedBy(days, begins);
    int target = Math.toIntExact(day + length.amount());
    days = holding(days, target);
    return Instant.ofEpochSecond(days.opens()[target] + (begins - days.opens()[day]));
  }

  /** The working minutes a business duration stands for on this calendar. */
  long minutesOf(BusinessDuration length) {
    return length.unit() == BusinessDuration.Unit.DAYS
        ? length.amount() * dayMinutes()
        : length.nominalMinutes();
  }

  /** The last working day that opens at or before the second; -1 when none does. */
  private static int dayStartedBy(Layout days, long second) {
    int found = Arrays.binarySearch(days.opens(), second);
    return found >= 0 ? found : -found - 2;
  }

  /** The layout, grown until it covers the second and the working day after it. */
  private Layout reaching(long second) {
    Layout days = layout;
    while (second >= days.answers()) {
      days = grow(days);
    }
    return days;
  }

  /** The layout, grown until it holds the working day of that number. */
  private Layout holding(Layout days, int day) {
    Layout grown = days;
    while (day >= grown.opens().length) {
      grown = grow(grown);
    }
    return grown;
  }

  private synchronized Layout grow(Layout seen) {
    if (layout.until().isAfter(seen.until())) {
      return layout;
    }
    Layout grown = lay(seen, seen.until().plusYears(YEARS_PER_GROWTH));
    if (grown.opens().length == seen.opens().length && everOpens()) {
      throw new IllegalStateException(
          "Calendar "
              + calendar.id()
              + " has no working day from "
              + seen.until()
              + " to "
              + grown.until());
    }
    layout = grown;
    return grown;
  }

  private Layout lay(Layout start, LocalDate until) {
    int length = start.opens().length;
    int room = (int) (until.toEpochDay() - start.until().toEpochDay());
    long[] opens = Arrays.copyOf(start.opens(), length + Math.max(0, room));
    long[] closes = Arrays.copyOf(start.closes(), opens.length);
    int count = length;
    for (LocalDate day = start.until().plusDays(1);
        hasHours && !day.isAfter(until);
        day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        opens[count] = day.atTime(calendar.opens()).atZone(calendar.timeZone()).toEpochSecond();
        closes[count] = day.atTime(calendar.closes()).atZone(calendar.timeZone()).toEpochSecond();
        count++;
      }
    }
    return new Layout(Arrays.copyOf(opens, count), Arrays.copyOf(closes, count), until);
  }

  private boolean isWorkingDay(LocalDate day) {
    return workingDays.contains(day.getDayOfWeek())
        && !daysOff.contains(day)
        && calendar.holidayCountry().map(c -> !holidays.isHoliday(c, day)).orElse(true);
  }

  private void requireHours() {
    if (!everOpens()) {
      throw new IllegalStateException("Calendar " + calendar.id() + " has no working time");
    }
  }
}
