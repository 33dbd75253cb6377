package dev.accord.core.field;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A condition prepared once so that judging a record is a few comparisons: a stage's entry
 * criterion, or a routing rule's test. Values compare as numbers when both sides read as numbers,
 * otherwise as text ignoring case. A field that is absent, blank or a placeholder meets {@code
 * absent} and nothing else: a record cannot show it meets {@code country ne US} without a country.
 */
public final class Criterion {

  private record Operand(String text, String lowerCase, Optional<BigDecimal> number) {}

  private final Condition condition;
  private final List<Operand> operands;

  public Criterion(Condition condition) {
    this.condition = condition;
    List<Operand> prepared = new ArrayList<>(condition.values().size());
    for (String value : condition.values()) {
      String text = value.strip();
      prepared.add(new Operand(text, text.toLowerCase(Locale.ROOT), number(text)));
    }
    this.operands = List.copyOf(prepared);
  }

  /** The condition as the accord states it, such as {@code lead_score gte 50}. */
  public String statement() {
    return condition.toString();
  }

  /** Whether the record with these raw field values meets the condition. */
  public boolean isMetBy(Map<String, String> fields, Placeholders placeholders) {
    String raw = fields.get(condition.field());
    boolean present = !placeholders.isMissing(condition.field(), raw);
    return switch (condition.operator()) {
      case PRESENT -> present;
      case ABSENT -> !present;
      default -> present && compares(condition.operator(), raw.strip());
    };
  }

  private boolean compares(Operator operator, String value) {
    if (operands.isEmpty()) {
      return false;
    }
    Operand first = operands.getFirst();
    return switch (operator) {
      case EQ -> equal(value, first);
      case NE -> !equal(value, first);
      case IN -> anyEqual(value);
      case NOT_IN -> !anyEqual(value);
      case GT -> compare(value, first) > 0;
      case GTE -> compare(value, first) >= 0;
      case LT -> compare(value, first) < 0;
      case LTE -> compare(value, first) <= 0;
      case CONTAINS -> value.toLowerCase(Locale.ROOT).contains(first.lowerCase());
      case PRESENT, ABSENT -> throw new IllegalStateException("judged without a value");
    };
  }

  private boolean anyEqual(String value) {
    for (Operand operand : operands) {
      if (equal(value, operand)) {
        return true;
      }
    }
    return false;
  }

  private static boolean equal(String value, Operand operand) {
    if (operand.number().isPresent()) {
      Optional<BigDecimal> number = number(value);
      if (number.isPresent()) {
        return number.get().compareTo(operand.number().get()) == 0;
      }
    }
    return value.equalsIgnoreCase(operand.text());
  }

  private static int compare(String value, Operand operand) {
    if (operand.number().isPresent()) {
      Optional<BigDecimal> number = number(value);
      if (number.isPresent()) {
        return number.get().compareTo(operand.number().get());
      }
    }
    return value.compareToIgnoreCase(operand.text());
  }

  /**
   * The value as a number, if it reads as one: an optional sign, digits with at most one decimal
   * point, an optional exponent. Scanned by hand because most values are not numbers, and a thrown
   * exception per value would cost more than the whole comparison.
   */
  static Optional<BigDecimal> number(String text) {
    int i = 0;
    int length = text.length();
    if (i < length && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
      i++;
    }
    int digits = 0;
    boolean point = false;
    for (; i < length; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (c == '.' && !point) {
        point = true;
      } else {
        break;
      }
    }
    if (digits == 0 || (i < length && !exponent(text, i))) {
      return Optional.empty();
    }
    try {
      return Optional.of(new BigDecimal(text));
    } catch (NumberFormatException outOfRange) {
      return Optional.empty();
    }
  }

  private static boolean exponent(String text, int at) {
    int i = at;
    if (text.charAt(i) != 'e' && text.charAt(i) != 'E') {
      return false;
    }
    i++;
    if (i < text.length() && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
      i++;
    }
    int digits = 0;
    for (; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
      digits++;
    }
    return digits > 0;
  }
}
