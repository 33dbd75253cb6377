package dev.accord.generator;

import dev.accord.core.field.Condition;
import dev.accord.core.field.FieldDefinition;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Entry criteria as a record's values see them: whether a value meets a condition, and a value that
 * does — the record's own when it already qualifies, the nearest one that qualifies otherwise — so
 * that a record is made ready for a stage before it enters it.
 */
final class Criteria {

  private final FieldWriter fields;

  Criteria(FieldWriter fields) {
    this.fields = fields;
  }

  /** Whether the value, if any, meets the condition. */
  boolean meets(Condition condition, FieldDefinition field, Optional<String> value) {
    return value.isPresent() ? meets(condition, field, value.get()) : !wantsValue(condition);
  }

  /** A value that meets the condition, starting from the subject's own. */
  String meeting(
      Condition condition,
      FieldDefinition field,
      Subject subject,
      Instant at,
      SplittableRandom random) {
    String own = fields.value(field, subject, at, random);
    List<String> values = condition.values();
    if (meets(condition, field, own)
        || (values.isEmpty() && !condition.operator().takesNoValue())) {
      return own;
    }
    return switch (condition.operator()) {
      case EQ, CONTAINS -> values.getFirst();
      case IN -> values.get(random.nextInt(values.size()));
      case GT -> number(values.getFirst()).add(BigDecimal.ONE.add(bump(random))).toPlainString();
      case GTE -> number(values.getFirst()).add(bump(random)).toPlainString();
      case LT ->
          number(values.getFirst()).subtract(BigDecimal.ONE.add(bump(random))).toPlainString();
      case LTE -> number(values.getFirst()).subtract(bump(random)).toPlainString();
      case ABSENT -> "";
      case PRESENT, NE, NOT_IN -> "other";
    };
  }

  private boolean meets(Condition condition, FieldDefinition field, String value) {
    List<String> values = condition.values();
    Optional<String> first = values.stream().findFirst();
    return switch (condition.operator()) {
      case PRESENT -> !fields.isEmpty(field, value);
      case ABSENT -> fields.isEmpty(field, value);
      case EQ -> first.filter(value::equalsIgnoreCase).isPresent();
      case NE -> first.filter(value::equalsIgnoreCase).isEmpty();
      case IN -> values.stream().anyMatch(value::equalsIgnoreCase);
      case NOT_IN -> values.stream().noneMatch(value::equalsIgnoreCase);
      case CONTAINS ->
          first
              .filter(v -> value.toLowerCase(Locale.ROOT).contains(v.toLowerCase(Locale.ROOT)))
              .isPresent();
      case GT, GTE, LT, LTE -> compares(condition, value);
    };
  }

  private static boolean compares(Condition condition, String value) {
    Optional<BigDecimal> actual = parse(value);
    Optional<BigDecimal> bound = condition.values().stream().findFirst().flatMap(Criteria::parse);
    if (actual.isEmpty() || bound.isEmpty()) {
      return false;
    }
    int order = actual.get().compareTo(bound.get());
    return switch (condition.operator()) {
      case GT -> order > 0;
      case GTE -> order >= 0;
      case LT -> order < 0;
      default -> order <= 0;
    };
  }

  /** Whether a record without the field fails the condition. */
  private static boolean wantsValue(Condition condition) {
    return switch (condition.operator()) {
      case ABSENT, NE, NOT_IN -> false;
      default -> true;
    };
  }

  private static BigDecimal number(String text) {
    return parse(text).orElse(BigDecimal.ZERO);
  }

  private static Optional<BigDecimal> parse(String text) {
    String trimmed = text.trim();
    if (!looksNumeric(trimmed)) {
      return Optional.empty();
    }
    try {
      return Optional.of(new BigDecimal(trimmed));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** Digits with at most a sign, a point and an exponent: worth handing to BigDecimal. */
  private static boolean looksNumeric(String text) {
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!(c >= '0' && c <= '9') && c != '.' && c != '-' && c != '+' && c != 'e' && c != 'E') {
        return false;
      }
    }
    return true;
  }

  private static BigDecimal bump(SplittableRandom random) {
    return BigDecimal.valueOf(random.nextInt(40));
  }
}
