package dev.accord.dashboard;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How numbers, shares and instants read on a page: 18.2%, 4,238, 57.0 days, 2026-11-03 14:05. */
final class Figures {

  private static final DateTimeFormatter MINUTE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private Figures() {}

  static boolean isShare(String unit) {
    String u = unit.toLowerCase(Locale.ROOT);
    return u.equals("ratio") || u.equals("percent") || u.equals("share") || u.equals("%");
  }

  /** A KPI's value by its unit, as the scorecard's story writes it. */
  static String format(double value, String unit) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return "no value";
    }
    String u = unit.toLowerCase(Locale.ROOT);
    if (isShare(u)) {
      return String.format(Locale.ROOT, "%.1f%%", value * 100);
    }
    if (u.equals("count") || u.isBlank() && value == Math.rint(value)) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    if (u.equals("days") || u.equals("hours") || u.equals("minutes")) {
      return String.format(Locale.ROOT, "%,.1f %s", value, u);
    }
    if (u.length() == 3 && u.chars().allMatch(Character::isLetter)) {
      return String.format(Locale.ROOT, "%,.0f %s", value, unit);
    }
    return String.format(Locale.ROOT, "%,.2f %s", value, unit).strip();
  }

  static String format(BigDecimal value, String unit) {
    return format(value.doubleValue(), unit);
  }

  static String count(long count) {
    return String.format(Locale.ROOT, "%,d", count);
  }

  static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", share * 100);
  }

  static String instant(Instant instant) {
    return MINUTE.format(instant);
  }

  /** A stretch of time as people say it: 3 d 4 h, 2 h 10 min, 45 min. */
  static String duration(Duration duration) {
    Duration d = duration.abs();
    long days = d.toDays();
    long hours = d.toHoursPart();
    long minutes = d.toMinutesPart();
    if (days > 0) {
      return days + " d " + hours + " h";
    }
    if (hours > 0) {
      return hours + " h " + minutes + " min";
    }
    return Math.max(minutes, d.isZero() ? 0 : 1) + " min";
  }

  /**
   * A word written in the accord's snake case, for people: {@code in_progress} as "in progress".
   */
  static String words(String snake) {
    return snake.toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  static String words(Enum<?> constant) {
    return words(constant.name());
  }

  /** A word with its first letter in capitals: "In progress". */
  static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
