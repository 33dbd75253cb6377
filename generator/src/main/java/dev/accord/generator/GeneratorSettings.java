package dev.accord.generator;

import dev.accord.core.calendar.PublicHolidays;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Everything a generated funnel depends on besides the accord. The same settings and accord always
 * give the same events, byte for byte: time comes from {@code start}, chance from {@code seed}.
 *
 * @param records how many lead records to create; opportunities come on top of them, one for each
 *     record that reaches the stage where deals are opened
 * @param seed the seed every random choice derives from
 * @param start when the first record may be created
 * @param span how long records keep arriving; their stories may run on after it
 * @param rates how records flow through the funnel
 * @param imperfections what is planted to go wrong
 * @param sourceSystem the source every event names, as a CRM would name itself
 * @param holidays public holidays of the calendars' holiday countries
 */
public record GeneratorSettings(
    long records,
    long seed,
    Instant start,
    Duration span,
    FunnelRates rates,
    Imperfections imperfections,
    String sourceSystem,
    PublicHolidays holidays) {

  /** A quarter: the period a funnel is usually reviewed over. */
  public static final Duration QUARTER = Duration.ofDays(91);

  public GeneratorSettings {
    if (records < 0) {
      throw new IllegalArgumentException("records cannot be negative: " + records);
    }
    start = Objects.requireNonNull(start, "start").truncatedTo(ChronoUnit.SECONDS);
    Objects.requireNonNull(span, "span");
    if (span.compareTo(Duration.ofMinutes(1)) < 0) {
      throw new IllegalArgumentException("the span must be at least a minute: " + span);
    }
    Objects.requireNonNull(rates, "rates");
    Objects.requireNonNull(imperfections, "imperfections");
    Objects.requireNonNull(sourceSystem, "sourceSystem");
    Objects.requireNonNull(holidays, "holidays");
  }

  /** A quarter of records from the default rates and imperfections. */
  public static GeneratorSettings of(long records, long seed, Instant start) {
    return new GeneratorSettings(
        records,
        seed,
        start,
        QUARTER,
        FunnelRates.defaults(),
        Imperfections.defaults(),
        "generator",
        PublicHolidays.none());
  }

  public GeneratorSettings withSpan(Duration newSpan) {
    return new GeneratorSettings(
        records, seed, start, newSpan, rates, imperfections, sourceSystem, holidays);
  }

  public GeneratorSettings withRates(FunnelRates newRates) {
    return new GeneratorSettings(
        records, seed, start, span, newRates, imperfections, sourceSystem, holidays);
  }

  public GeneratorSettings withImperfections(Imperfections newImperfections) {
    return new GeneratorSettings(
        records, seed, start, span, rates, newImperfections, sourceSystem, holidays);
  }

  public GeneratorSettings withHolidays(PublicHolidays newHolidays) {
    return new GeneratorSettings(
        records, seed, start, span, rates, imperfections, sourceSystem, newHolidays);
  }

  public GeneratorSettings withSourceSystem(String newSourceSystem) {
    return new GeneratorSettings(
        records, seed, start, span, rates, imperfections, newSourceSystem, holidays);
  }
}
