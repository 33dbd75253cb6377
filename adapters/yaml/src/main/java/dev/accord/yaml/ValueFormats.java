package dev.accord.yaml;

import static dev.accord.yaml.ValueFormat.invalid;
import static dev.accord.yaml.ValueFormat.valid;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The plain kinds of value an accord file holds: text, numbers, flags, dates and choices. */
final class ValueFormats {

  private ValueFormats() {}

  static final ValueFormat<String> TEXT = ValueFormat::valid;

  static final ValueFormat<Boolean> FLAG =
      text ->
          switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> valid(true);
            case "false" -> valid(false);
            default -> invalid("`" + text + "` is not true or false", "write `true` or `false`");
          };

  static final ValueFormat<BigDecimal> NUMBER =
      text -> {
        try {
          return valid(new BigDecimal(text.trim()));
        } catch (NumberFormatException notANumber) {
          return invalid(
              "`" + text + "` is not a number",
              "write a plain number such as `400` or `0.3`, without units, % or thousands"
                  + " separators");
        }
      };

  static final ValueFormat<LocalDate> DATE =
      text -> {
        try {
          return valid(LocalDate.parse(text.trim()));
        } catch (DateTimeException notADate) {
          return invalid(
              "`" + text + "` is not a date", "write the date as YYYY-MM-DD, such as `2026-12-31`");
        }
      };

  /** A whole number no smaller than the minimum, such as a version (at least 1). */
  static ValueFormat<Integer> wholeNumber(int minimum) {
    return text -> {
      int number;
      try {
        number = Integer.parseInt(text.trim());
      } catch (NumberFormatException notANumber) {
        return invalid(
            "`" + text + "` is not a whole number",
            "write a whole number of at least " + minimum + ", such as `" + (minimum + 1) + "`");
      }
      return number >= minimum
          ? valid(number)
          : invalid(
              "`" + text + "` is less than " + minimum,
              "write a whole number of at least " + minimum);
    };
  }

  /**
   * One of the constants of an enum, written as its lower-case name ({@code FIRST_TOUCH} is {@code
   * first_touch}).
   *
   * @param noun what the value is, for messages: "transition kind"
   */
  static <E extends Enum<E>> ValueFormat<E> choice(Class<E> type, String noun) {
    List<String> words = Arrays.stream(type.getEnumConstants()).map(ValueFormats::word).toList();
    return text -> {
      String written = text.trim();
      for (E constant : type.getEnumConstants()) {
        if (word(constant).equals(written)) {
          return valid(constant);
        }
      }
      return invalid(
          "unknown " + noun + " `" + text + "`",
          Suggestion.didYouMean(written, words) + "allowed: " + String.join(", ", words));
    };
  }

  /** How an enum constant is written in an accord file. */
  static String word(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT);
  }
}
