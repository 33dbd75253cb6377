package dev.accord.generator;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;

/**
 * When new records arrive over the span: busy on weekday working hours in the market's time zone,
 * quieter in the evening, slow at night and at weekends. Maps a position between 0 and 1 to an
 * instant so that increasing positions give non-decreasing instants, which lets records be created
 * in index order and still follow the daily rhythm.
 */
final class ArrivalCurve {

  private static final long HOUR = 3600;

  private final long startSecond;
  private final long spanSeconds;
  private final double[] cumulative;

  private ArrivalCurve(long startSecond, long spanSeconds, double[] cumulative) {
    this.startSecond = startSecond;
    this.spanSeconds = spanSeconds;
    this.cumulative = cumulative;
  }

  static ArrivalCurve over(Instant start, Duration span, ZoneId zone) {
    long spanSeconds = span.toSeconds();
    int hours = Math.toIntExact((spanSeconds + HOUR - 1) / HOUR);
    double[] cumulative = new double[hours + 1];
    for (int hour = 0; hour < hours; hour++) {
      long length = Math.min(HOUR, spanSeconds - hour * HOUR);
      ZonedDateTime local = start.plusSeconds(hour * HOUR).atZone(zone);
      cumulative[hour + 1] = cumulative[hour] + intensity(local) * length / HOUR;
    }
    return new ArrivalCurve(start.getEpochSecond(), spanSeconds, cumulative);
  }

  /** The instant at a position in [0, 1) of the arrivals. */
  Instant at(double position) {
    double target = position * cumulative[cumulative.length - 1];
    int found = Arrays.binarySearch(cumulative, target);
    int hour = found >= 0 ? Math.min(found, cumulative.length - 2) : -found - 2;
    double weight = cumulative[hour + 1] - cumulative[hour];
    long length = Math.min(HOUR, spanSeconds - hour * HOUR);
    long offset = weight > 0 ? (long) ((target - cumulative[hour]) / weight * length) : 0;
    return Instant.ofEpochSecond(startSecond + hour * HOUR + Math.min(offset, length - 1));
  }

  private static double intensity(ZonedDateTime local) {
    int hour = local.getHour();
    double daily = hour >= 8 && hour < 18 ? 1.0 : (hour >= 6 && hour < 22 ? 0.35 : 0.1);
    DayOfWeek day = local.getDayOfWeek();
    boolean weekend = day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    return weekend ? daily * 0.3 : daily;
  }
}
