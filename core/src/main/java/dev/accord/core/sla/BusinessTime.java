package dev.accord.core.sla;

import dev.accord.core.calendar.BusinessClock;
import dev.accord.core.calendar.BusinessDuration;
import java.time.Duration;
import java.time.Instant;

/**
 * Where an exact amount of business time runs out, to the nanosecond: what is left of a paused
 * clock, or a share of an SLA, is rarely a whole number of minutes. The clock counts the whole
 * minutes; the seconds left over run on from there, across a closing into the next opening.
 */
final class BusinessTime {

  private BusinessTime() {}

  static Instant after(BusinessClock clock, Instant from, Duration business) {
    long minutes = business.toMinutes();
    Duration rest = business.minusMinutes(minutes);
    Instant whole = clock.dueAt(from, BusinessDuration.minutes(minutes));
    if (rest.isZero()) {
      return whole;
    }
    Instant candidate = whole.plus(rest);
    Duration open = clock.businessTimeBetween(whole, candidate);
    return open.equals(rest) ? candidate : clock.nextOpening(candidate).plus(rest.minus(open));
  }
}
