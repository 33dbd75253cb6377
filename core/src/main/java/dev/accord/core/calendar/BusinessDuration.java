package dev.accord.core.calendar;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A length of business time, such as "15 business minutes" or "5 business days", measured on a
 * {@link BusinessCalendar} rather than on the wall clock.
 *
 * <p>Written as a number and a unit: {@code 15m}, {@code 4h}, {@code 1d} (a business day is one
 * calendar working day, however long the calendar's day is).
 */
public record BusinessDuration(long amount, Unit unit) {

  /** The units business time is counted in. */
  public enum Unit {
    MINUTES("m"),
    HOURS("h"),
    DAYS("d");

    private final String symbol;

    Unit(String symbol) {
      this.symbol = symbol;
    }

    public String symbol() {
      return symbol;
    }
  }

  private static final Pattern TEXT = Pattern.compile("(\\d{1,6})\\s*(m|min|h|d|bd)");

  public BusinessDuration {
    if (amount < 0) {
      throw new IllegalArgumentException("a business duration cannot be negative: " + amount);
    }
    java.util.Objects.requireNonNull(unit, "unit");
  }

  public static BusinessDuration minutes(long amount) {
    return new BusinessDuration(amount, Unit.MINUTES);
  }

  public static BusinessDuration hours(long amount) {
    return new BusinessDuration(amount, Unit.HOURS);
  }

  public static BusinessDuration days(long amount) {
    return new BusinessDuration(amount, Unit.DAYS);
  }

  /** Reads {@code 15m}, {@code 4h}, {@code 1d}; empty when the text is not a business duration. */
  public static Optional<BusinessDuration> parse(String text) {
    Matcher matcher = TEXT.matcher(text.trim().toLowerCase(Locale.ROOT));
    if (!matcher.matches()) {
      return Optional.empty();
    }
    long amount = Long.parseLong(matcher.group(1));
    Unit unit =
        switch (matcher.group(2)) {
          case "m", "min" -> Unit.MINUTES;
          case "h" -> Unit.HOURS;
          default -> Unit.DAYS;
        };
    return Optional.of(new BusinessDuration(amount, unit));
  }

  /**
   * A length in minutes for comparing durations, taking a business day as eight hours; the true
   * length of a business day depends on the calendar.
   */
  public long nominalMinutes() {
    return switch (unit) {
      case MINUTES -> amount;
      case HOURS -> amount * 60;
      case DAYS -> amount * 8 * 60;
    };
  }

  /** In words, as a person would say it: "15 business minutes". */
  public String describe() {
    String noun = unit.name().toLowerCase(Locale.ROOT);
    return amount + " business " + (amount == 1 ? noun.substring(0, noun.length() - 1) : noun);
  }

  @Override
  public String toString() {
    return amount + unit.symbol();
  }
}
