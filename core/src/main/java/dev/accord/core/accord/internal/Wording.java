package dev.accord.core.accord.internal;

import dev.accord.core.calendar.BusinessCalendar;
import dev.accord.core.field.Condition;
import dev.accord.core.scorecard.Direction;
import dev.accord.core.scorecard.Target;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How the diff and the explanation say the small things of an accord in words, so that both read
 * alike: a condition as {@code employees >= 1000}, a target as {@code green >= 30, amber >= 25}, an
 * enum constant as the key it has in the accord file.
 */
public final class Wording {

  private static final int SHORT_TEXT = 60;

  private Wording() {}

  /** The constant as the accord file writes it: {@code KPI_TARGET} reads {@code kpi_target}. */
  public static String key(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT);
  }

  /** The constant as words: {@code FIRST_TOUCH} reads "first touch". */
  public static String words(Enum<?> constant) {
    return key(constant).replace('_', ' ');
  }

  /** Ids or values as a comma-separated list; "none" when there are none. */
  public static String list(List<?> values) {
    return values.isEmpty()
        ? "none"
        : values.stream().map(String::valueOf).collect(Collectors.joining(", "));
  }

  /** Constants as words, the last after "or": "email, phone or name and company"; "nothing". */
  public static String alternatives(List<? extends Enum<?>> constants) {
    List<String> words = constants.stream().map(Wording::words).toList();
    return switch (words.size()) {
      case 0 -> "nothing";
      case 1 -> words.getFirst();
      default -> String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.getLast();
    };
  }

  /** A name after its id, as in {@code `sal` (SAL)}; the id alone when the name adds nothing. */
  public static String named(String id, String name) {
    return name.isBlank() || name.equals(id) ? "`" + id + "`" : "`" + id + "` (" + name + ")";
  }

  /** The name people see, falling back on the id when there is none. */
  public static String nameOr(String name, String id) {
    return name.isBlank() ? id : name;
  }

  /** A number without trailing zeros or exponent: 0.30 reads 0.3, 2.4E+6 reads 2400000. */
  public static String number(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  /** A text cut to a length that fits a column, ending in "..." when it was cut. */
  public static String shortText(String text) {
    String oneLine = text.strip().replaceAll("\\s+", " ");
    return oneLine.length() <= SHORT_TEXT
        ? oneLine
        : oneLine.substring(0, SHORT_TEXT - 3).stripTrailing() + "...";
  }

  /** A calendar-time duration as the accord file writes it: 1h, 15m, 2d, 90s. */
  public static String duration(Duration duration) {
    long seconds = duration.toSeconds();
    if (seconds != 0 && seconds % 86_400 == 0) {
      return seconds / 86_400 + "d";
    }
    if (seconds != 0 && seconds % 3_600 == 0) {
      return seconds / 3_600 + "h";
    }
    return seconds != 0 && seconds % 60 == 0 ? seconds / 60 + "m" : seconds + "s";
  }

  /** Working days, a run of consecutive days as a range: "Mon-Fri", or "Mon, Wed, Fri". */
  public static String days(List<DayOfWeek> days) {
    boolean run = days.size() > 2;
    for (int i = 1; i < days.size() && run; i++) {
      run = days.get(i).getValue() == days.get(i - 1).getValue() + 1;
    }
    if (run) {
      return day(days.getFirst()) + "-" + day(days.getLast());
    }
    return days.isEmpty()
        ? "no days"
        : days.stream().map(Wording::day).collect(Collectors.joining(", "));
  }

  /** A calendar's working week: "Mon-Fri 09:00-17:00 America/New_York". */
  public static String workingWeek(BusinessCalendar calendar) {
    return days(calendar.workingDays())
        + " "
        + calendar.opens()
        + "-"
        + calendar.closes()
        + " "
        + calendar.timeZone().getId();
  }

  private static String day(DayOfWeek day) {
    return day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
  }

  /** A condition with the comparison as a symbol: {@code lead_score >= 50}. */
  public static String condition(Condition condition) {
    String field = condition.field();
    List<String> values = condition.values();
    String one = values.isEmpty() ? "" : values.getFirst();
    return switch (condition.operator()) {
      case EQ -> field + " = " + one;
      case NE -> field + " != " + one;
      case GT -> field + " > " + one;
      case GTE -> field + " >= " + one;
      case LT -> field + " < " + one;
      case LTE -> field + " <= " + one;
      case CONTAINS -> field + " contains " + one;
      case IN -> field + " in [" + String.join(", ", values) + "]";
      case NOT_IN -> field + " not in [" + String.join(", ", values) + "]";
      case PRESENT -> field + " is present";
      case ABSENT -> field + " is absent";
    };
  }

  /** Conditions that must all hold, joined by "and"; "always" when there are none. */
  public static String conditions(List<Condition> conditions) {
    return conditions.isEmpty()
        ? "always"
        : conditions.stream().map(Wording::condition).collect(Collectors.joining(" and "));
  }

  /** The traffic-light thresholds of a target: "green >= 30, amber >= 25". */
  public static String thresholds(Target target) {
    String comparison = target.better() == Direction.HIGHER ? ">=" : "<=";
    return "green "
        + comparison
        + " "
        + number(target.green())
        + ", amber "
        + comparison
        + " "
        + number(target.amber());
  }
}
