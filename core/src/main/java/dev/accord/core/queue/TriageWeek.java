package dev.accord.core.queue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO week the triage meets about, such as {@code 2026-W47}: Monday 00:00 to the next Monday
 * 00:00, in UTC so that every team reads the same week.
 */
public record TriageWeek(LocalDate monday) {

  private static final Pattern TEXT = Pattern.compile("(\\d{4})-W(\\d{1,2})");

  public TriageWeek {
    if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
      throw new IllegalArgumentException("a week starts on a Monday, not on " + monday);
    }
  }

  /** The week holding the instant. */
  public static TriageWeek of(Instant at) {
    LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
    return new TriageWeek(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
  }

  /** Reads {@code 2026-W47}; empty when the text is no week of that year. */
  public static Optional<TriageWeek> parse(String text) {
    Matcher matcher = TEXT.matcher(text.trim());
    if (!matcher.matches()) {
      return Optional.empty();
    }
    int year = Integer.parseInt(matcher.group(1));
    int week = Integer.parseInt(matcher.group(2));
    LocalDate midYear = LocalDate.of(year, 6, 1);
    if (week < 1 || week > midYear.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
      return Optional.empty();
    }
    LocalDate monday =
        midYear
            .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    return Optional.of(new TriageWeek(monday));
  }

  public Instant start() {
    return monday.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /** The first instant after the week. */
  public Instant end() {
    return monday.plusWeeks(1).atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  public boolean holds(Instant at) {
    return !at.isBefore(start()) && at.isBefore(end());
  }

  public TriageWeek minusWeeks(long weeks) {
    return new TriageWeek(monday.minusWeeks(weeks));
  }

  @Override
  public String toString() {
    return String.format(
        "%d-W%02d",
        monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }
}
