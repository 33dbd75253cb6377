package dev.accord.core.calendar;

import dev.accord.core.calendar.BusinessDays.Window;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The clock an SLA runs on: it tells when a business calendar is open, when a given amount of
 * business time runs out, and how much business time lies between two instants. A lead that arrives
 * on Friday evening with a 15-minute SLA is due on Monday at a quarter past opening, not on Friday
 * night.
 *
 * <p>Business time passes only during the opening hours of business days: working days of the week,
 * in the calendar's time zone, that are neither public holidays of its {@code holiday_country} nor
 * its own {@code holidays}. Time is real elapsed time, so a business day whose hours span a
 * daylight-saving change is an hour shorter or longer. A day opens at the first instant its wall
 * clock reads the opening time or later and closes at the first instant it reads the closing time
 * or later: an opening time skipped when clocks spring forward (02:30 in New York on 8 March 2026)
 * opens the day at the change (03:00 EDT), and a time repeated when they fall back counts at its
 * first occurrence. The calendar is open from the opening instant up to, but not at, the closing
 * instant.
 *
 * <p>Minutes and hours are counted from the start, or from the next opening when the calendar is
 * closed at the start, and fall due at the instant the last of them is used up; that may be exactly
 * a closing time, never the next day's opening.
 *
 * <p>Days are counted whole: a start that is some business time into its business day falls due the
 * same business time into the n-th business day after it (one day from Wednesday 16:00 is Thursday
 * 16:00, and from Friday 16:00 Monday 16:00), or at that day's closing if it is shorter. A start at
 * or before an opening counts as the end of the business day before, so it falls due at the closing
 * of the n-th business day from there: one day from Friday evening, or from Monday at opening, is
 * Monday's closing.
 *
 * <p>The clock walks the calendar a business day at a time; it never steps through the minutes.
 */
public final class BusinessClock {

  private final BusinessDays days;

  /**
   * A clock on the calendar.
   *
   * @param publicHolidays where the public holidays of the calendar's {@code holiday_country} come
   *     from
   * @throws IllegalArgumentException when the calendar has no working days, or opens no earlier
   *     than it closes
   */
  public BusinessClock(BusinessCalendar calendar, PublicHolidays publicHolidays) {
    this.days = new BusinessDays(calendar, publicHolidays);
  }

  /** Whether the calendar is open at the instant: closing time itself is closed. */
  public boolean isOpen(Instant at) {
    return !at.isBefore(days.openAtOrNext(at).opens());
  }

  /** When business time next runs: the instant itself when open, else the next opening. */
  public Instant nextOpening(Instant at) {
    return later(at, days.openAtOrNext(at).opens());
  }

  /** The instant an SLA that starts at {@code start} falls due, in business time. */
  public Instant dueAt(Instant start, BusinessDuration sla) {
    return switch (sla.unit()) {
      case MINUTES -> afterBusinessTime(start, Duration.ofMinutes(sla.amount()));
      case HOURS -> afterBusinessTime(start, Duration.ofHours(sla.amount()));
      case DAYS -> afterBusinessDays(start, sla.amount());
    };
  }

  /**
   * The business time between two instants: the time the calendar is open from {@code from} up to
   * {@code to}; negative when {@code to} comes first.
   */
  public Duration businessTimeBetween(Instant from, Instant to) {
    if (to.isBefore(from)) {
      return businessTimeBetween(to, from).negated();
    }
    Duration total = Duration.ZERO;
    // The day after the last date too: an hour repeated across midnight carries the date before.
    LocalDate last = days.dateOf(to).plusDays(1);
    for (LocalDate date = days.dateOf(from); !date.isAfter(last); date = date.plusDays(1)) {
      if (days.works(date)) {
        Window window = days.on(date);
        Instant opened = later(from, window.opens());
        Instant closed = earlier(to, window.closes());
        if (opened.isBefore(closed)) {
          total = total.plus(Duration.between(opened, closed));
        }
      }
    }
    return total;
  }

  private Instant afterBusinessTime(Instant start, Duration sla) {
    Window window = days.openAtOrNext(start);
    Instant from = later(start, window.opens());
    Duration left = sla;
    Duration open = Duration.between(from, window.closes());
    while (left.compareTo(open) > 0) {
      left = left.minus(open);
      window = days.after(window);
      from = window.opens();
      open = Duration.between(from, window.closes());
    }
    return from.plus(left);
  }

  private Instant afterBusinessDays(Instant start, long count) {
    Window window = days.openAtOrNext(start);
    Instant from = later(start, window.opens());
    if (count == 0) {
      return from;
    }
    Duration intoTheDay = Duration.between(window.opens(), from);
    if (intoTheDay.isZero()) {
      for (long day = 1; day < count; day++) {
        window = days.after(window);
      }
      return window.closes();
    }
    for (long day = 0; day < count; day++) {
      window = days.after(window);
    }
    return earlier(window.opens().plus(intoTheDay), window.closes());
  }

  private static Instant later(Instant one, Instant other) {
    return one.isAfter(other) ? one : other;
  }

  private static Instant earlier(Instant one, Instant other) {
    return one.isBefore(other) ? one : other;
  }
}
