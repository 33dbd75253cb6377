package dev.accord.importer;

import java.text.ParsePosition;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the dates of an export with the mapping's patterns, tried in order. Resolution is strict —
 * {@code 31-02-2017} is no date rather than the 28th of February — and case-insensitive ({@code am}
 * or {@code AM}). A date without a time is the start of that day, and a time without a zone is in
 * the mapping's time zone. Month and day names are English, as CRM exports write them.
 */
final class DateReader {

  private final List<DateTimeFormatter> formatters;
  private final List<String> patterns;
  private final ZoneId zone;

  DateReader(List<String> patterns, ZoneId zone) {
    this.patterns = List.copyOf(patterns);
    this.formatters = patterns.stream().map(DateReader::formatter).toList();
    this.zone = zone;
  }

  /** The reader of a mapping's date formats and time zone. */
  static DateReader of(Mapping mapping) {
    return new DateReader(
        mapping.dateFormats().stream().map(Mapping.DatePattern::pattern).toList(),
        mapping.timeZone());
  }

  /** The formatter of a pattern; throws {@link IllegalArgumentException} for a bad pattern. */
  static DateTimeFormatter formatter(String pattern) {
    return new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .appendPattern(pattern)
        // `yyyy` is the year of an era, which strict resolution cannot place without one.
        .parseDefaulting(ChronoField.ERA, 1)
        .toFormatter(Locale.US)
        .withResolverStyle(ResolverStyle.STRICT);
  }

  /** The instant the text stands for, or empty when no pattern reads it. */
  Optional<Instant> read(String text) {
    String trimmed = text.strip();
    for (DateTimeFormatter formatter : formatters) {
      Optional<Instant> read = read(formatter, trimmed);
      if (read.isPresent()) {
        return read;
      }
    }
    return Optional.empty();
  }

  /**
   * The text read with one pattern. The pattern's fit is tried first without resolving, which costs
   * no exception when it does not fit: most dates fail all patterns but one.
   */
  private Optional<Instant> read(DateTimeFormatter formatter, String text) {
    ParsePosition position = new ParsePosition(0);
    if (formatter.parseUnresolved(text, position) == null
        || position.getErrorIndex() >= 0
        || position.getIndex() != text.length()) {
      return Optional.empty();
    }
    try {
      TemporalAccessor parsed = formatter.parse(text);
      LocalDate date = parsed.query(TemporalQueries.localDate());
      if (date == null) {
        return Optional.empty();
      }
      ZoneId written = parsed.query(TemporalQueries.zone());
      ZoneId in = written == null ? zone : written;
      LocalTime time = parsed.query(TemporalQueries.localTime());
      return Optional.of(
          time == null
              ? date.atStartOfDay(in).toInstant()
              : ZonedDateTime.of(date, time, in).toInstant());
    } catch (DateTimeException impossible) {
      // It fits the pattern but is no date, such as the 31st of February.
      return Optional.empty();
    }
  }

  Instant at(LocalDate date) {
    return date.atStartOfDay(zone).toInstant();
  }

  /** The patterns, as messages list them. */
  String describe() {
    return String.join(", ", patterns);
  }
}
