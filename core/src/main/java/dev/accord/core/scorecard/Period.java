package dev.accord.core.scorecard;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stretch of time a scorecard covers: from its first instant, up to but not including {@code
 * to}, in UTC. A week, month, quarter or year has its calendar predecessor; a custom period has the
 * one just as long just before it.
 *
 * @param label how the period was written, such as {@code 2026-Q4}
 * @param kind what sort of period it is
 * @param from its first instant
 * @param to the instant just after it
 */
public record Period(String label, Kind kind, Instant from, Instant to) {

  /** The sorts of periods, each with its own idea of "the previous one". */
  public enum Kind {
    DAY,
    WEEK,
    MONTH,
    QUARTER,
    YEAR,
    CUSTOM
  }

  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern RANGE =
      Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})");

  /** How a period is written, for error messages and help. */
  public static final String FORMATS =
      "2026 (a year), 2026-Q4 (a quarter), 2026-11 (a month), 2026-W47 (an ISO week), 2026-11-03"
          + " (a day), or 2026-10-01..2026-12-31 (from one day to another, both included)";

  public Period {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (!to.isAfter(from)) {
      throw new IllegalArgumentException("a period must end after it starts: " + label);
    }
  }

  /**
   * Reads a period as people write it.
   *
   * @throws IllegalArgumentException saying which forms are understood
   */
  public static Period parse(String text) {
    String t = text.strip();
    try {
      Matcher m;
      if ((m = RANGE.matcher(t)).matches()) {
        LocalDate first = LocalDate.parse(m.group(1));
        LocalDate last = LocalDate.parse(m.group(2));
        if (last.isBefore(first)) {
          throw new IllegalArgumentException(
              "the period " + t + " ends before it starts; write the earlier day first");
        }
        return of(t, Kind.CUSTOM, first, last.plusDays(1));
      }
      if (DAY.matcher(t).matches()) {
        LocalDate day = LocalDate.parse(t);
        return of(t, Kind.DAY, day, day.plusDays(1));
      }
      if ((m = WEEK.matcher(t)).matches()) {
        int year = Integer.parseInt(m.group(1));
        int week = Integer.parseInt(m.group(2));
        long weeks = LocalDate.of(year, 6, 1).range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
        if (week < 1 || week > weeks) {
          throw new IllegalArgumentException(
              year + " has no ISO week " + week + "; it has " + weeks);
        }
        LocalDate monday =
            LocalDate.of(year, 1, 4)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(DayOfWeek.MONDAY);
        return of(t, Kind.WEEK, monday, monday.plusWeeks(1));
      }
      if ((m = QUARTER.matcher(t)).matches()) {
        LocalDate first =
            LocalDate.of(
                Integer.parseInt(m.group(1)), (Integer.parseInt(m.group(2)) - 1) * 3 + 1, 1);
        return of(t, Kind.QUARTER, first, first.plusMonths(3));
      }
      if ((m = MONTH.matcher(t)).matches()) {
        LocalDate first = YearMonth.parse(t).atDay(1);
        return of(t, Kind.MONTH, first, first.plusMonths(1));
      }
      if (YEAR.matcher(t).matches()) {
        LocalDate first = LocalDate.of(Integer.parseInt(t), 1, 1);
        return of(t, Kind.YEAR, first, first.plusYears(1));
      }
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("`" + t + "` is not a real date: " + e.getMessage());
    }
    throw new IllegalArgumentException("`" + t + "` is not a period; write " + FORMATS);
  }

  /** The period covering everything from one instant up to another. */
  public static Period between(Instant from, Instant to) {
    return new Period(from + ".." + to, Kind.CUSTOM, from, to);
  }

  /** The period just before this one: the previous week, month, quarter or year. */
  public Period previous() {
    LocalDate first = LocalDate.ofInstant(from, ZoneOffset.UTC);
    return switch (kind) {
      case DAY -> of(first.minusDays(1).toString(), Kind.DAY, first.minusDays(1), first);
      case WEEK -> {
        LocalDate monday = first.minusWeeks(1);
        yield of(
            String.format(
                "%d-W%02d",
                monday.get(IsoFields.WEEK_BASED_YEAR),
                monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)),
            Kind.WEEK,
            monday,
            first);
      }
      case MONTH ->
          of(
              YearMonth.from(first.minusMonths(1)).toString(),
              Kind.MONTH,
              first.minusMonths(1),
              first);
      case QUARTER -> {
        LocalDate before = first.minusMonths(3);
        yield of(
            before.getYear() + "-Q" + ((before.getMonthValue() - 1) / 3 + 1),
            Kind.QUARTER,
            before,
            first);
      }
      case YEAR -> of(String.valueOf(first.getYear() - 1), Kind.YEAR, first.minusYears(1), first);
      case CUSTOM -> {
        long millis = ChronoUnit.MILLIS.between(from, to);
        Instant start = from.minusMillis(millis);
        yield new Period(start + ".." + from, Kind.CUSTOM, start, from);
      }
    };
  }

  public boolean contains(Instant instant) {
    return !instant.isBefore(from) && instant.isBefore(to);
  }

  private static Period of(String label, Kind kind, LocalDate first, LocalDate end) {
    return new Period(
        label,
        kind,
        first.atStartOfDay().toInstant(ZoneOffset.UTC),
        end.atStartOfDay().toInstant(ZoneOffset.UTC));
  }
}
