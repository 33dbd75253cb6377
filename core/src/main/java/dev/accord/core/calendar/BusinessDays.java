package dev.accord.core.calendar;

import static dev.accord.core.shared.KnownIds.quote;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The days a business calendar is at work, and the stretch of time each of them is open, read in
 * the calendar's zone.
 *
 * <p>A business day is a working day of the week that is neither a public holiday of the calendar's
 * country nor one of its own holidays. It opens at the first instant its wall clock reads the
 * opening time or later, and closes at the first instant it reads the closing time or later. An
 * opening time that clocks skip when they spring forward therefore opens the day at the moment of
 * the change, and a time that clocks repeat when they fall back counts at its first occurrence. A
 * day whose hours fall wholly within skipped time has no business time, and is no business day.
 */
final class BusinessDays {

  /**
   * How far ahead to look for a business day before deciding that the calendar never opens: ten
   * years, far more than any run of holidays a real calendar declares.
   */
  private static final int SEARCH_DAYS = 3653;

  /** The stretch of one business day's date during which the calendar is open. */
  record Window(LocalDate date, Instant opens, Instant closes) {

    boolean isEmpty() {
      return !opens.isBefore(closes);
    }
  }

  private final String id;
  private final ZoneId zone;
  private final ZoneRules rules;
  private final Set<DayOfWeek> workingDays;
  private final LocalTime opens;
  private final LocalTime closes;
  private final Set<LocalDate> holidays;
  private final Optional<String> holidayCountry;
  private final PublicHolidays publicHolidays;

  BusinessDays(BusinessCalendar calendar, PublicHolidays publicHolidays) {
    if (calendar.workingDays().isEmpty()) {
      throw new IllegalArgumentException(
          "calendar " + quote(calendar.id()) + " has no working days");
    }
    if (!calendar.opens().isBefore(calendar.closes())) {
      throw new IllegalArgumentException(
          "calendar "
              + quote(calendar.id())
              + " opens at "
              + calendar.opens()
              + ", which is not before it closes at "
              + calendar.closes());
    }
    this.id = calendar.id();
    this.zone = calendar.timeZone();
    this.rules = zone.getRules();
    this.workingDays = EnumSet.copyOf(calendar.workingDays());
    this.opens = calendar.opens();
    this.closes = calendar.closes();
    this.holidays = Set.copyOf(calendar.holidays());
    this.holidayCountry = calendar.holidayCountry();
    this.publicHolidays = publicHolidays;
  }

  /** The calendar date of the instant in the calendar's zone. */
  LocalDate dateOf(Instant at) {
    return LocalDate.ofInstant(at, zone);
  }

  /** Whether people work on the date: a working day of the week and no holiday. */
  boolean works(LocalDate date) {
    return workingDays.contains(date.getDayOfWeek())
        && !holidays.contains(date)
        && !(holidayCountry.isPresent() && publicHolidays.isHoliday(holidayCountry.get(), date));
  }

  /** The hours of the date as instants, whether or not people work that day. */
  Window on(LocalDate date) {
    return new Window(date, firstReading(date, opens), firstReading(date, closes));
  }

  /** The business day open at the instant, or else the next one to open after it. */
  Window openAtOrNext(Instant at) {
    // An instant in an hour repeated across midnight can carry the date before its business
    // day's, so the search starts on the instant's own date and lets the closing time decide.
    LocalDate date = dateOf(at);
    for (int i = 0; i < SEARCH_DAYS; i++) {
      if (works(date)) {
        Window window = on(date);
        if (!window.isEmpty() && at.isBefore(window.closes())) {
          return window;
        }
      }
      date = date.plusDays(1);
    }
    throw neverOpens(dateOf(at));
  }

  /** The business day after the given one. */
  Window after(Window window) {
    LocalDate date = window.date();
    for (int i = 0; i < SEARCH_DAYS; i++) {
      date = date.plusDays(1);
      if (works(date)) {
        Window next = on(date);
        if (!next.isEmpty()) {
          return next;
        }
      }
    }
    throw neverOpens(window.date());
  }

  private Instant firstReading(LocalDate date, LocalTime time) {
    LocalDateTime local = date.atTime(time);
    ZoneOffsetTransition change = rules.getTransition(local);
    if (change != null && change.isGap()) {
      return change.getInstant();
    }
    // Outside a change the offset is the only one; in an overlap it is the earlier of the two.
    return local.toInstant(rules.getOffset(local));
  }

  private IllegalStateException neverOpens(LocalDate from) {
    return new IllegalStateException(
        "calendar "
            + quote(id)
            + " has no business day in the ten years from "
            + from
            + ": its working days are all holidays");
  }
}
