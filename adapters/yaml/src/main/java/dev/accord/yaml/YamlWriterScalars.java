package dev.accord.yaml;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * The short text forms the accord file uses for values that are not plain text: enum constants as
 * lower snake_case words, and calendar durations such as {@code 90s}, {@code 15m}, {@code 1h} or
 * {@code 2d}.
 */
final class YamlWriterScalars {

  /** The units of the short duration form, largest first, so that 2 days read "2d", not "48h". */
  private static final List<ChronoUnit> DURATION_UNITS =
      List.of(ChronoUnit.DAYS, ChronoUnit.HOURS, ChronoUnit.MINUTES, ChronoUnit.SECONDS);

  private YamlWriterScalars() {}

  /** {@code FIRST_TOUCH} as {@code first_touch}. */
  static String word(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT);
  }

  static List<String> words(List<? extends Enum<?>> constants) {
    return constants.stream().map(YamlWriterScalars::word).toList();
  }

  /**
   * A whole number of the largest unit that divides the duration exactly, such as {@code 90s} or
   * {@code 2d}; the ISO form ({@code PT0.5S}) for what the short form cannot say: fractions of a
   * second and negative lengths.
   */
  static String duration(Duration duration) {
    if (duration.isNegative() || duration.getNano() != 0) {
      return duration.toString();
    }
    long seconds = duration.getSeconds();
    if (seconds == 0) {
      return "0s";
    }
    ChronoUnit unit =
        DURATION_UNITS.stream()
            .filter(candidate -> seconds % candidate.getDuration().getSeconds() == 0)
            .findFirst()
            .orElseThrow();
    return seconds / unit.getDuration().getSeconds() + symbol(unit);
  }

  private static String symbol(ChronoUnit unit) {
    return switch (unit) {
      case DAYS -> "d";
      case HOURS -> "h";
      case MINUTES -> "m";
      default -> "s";
    };
  }
}
