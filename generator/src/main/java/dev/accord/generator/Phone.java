package dev.accord.generator;

/**
 * A telephone number and the way it was typed: the same number reads {@code +14155550123}, {@code
 * (415) 555-0123} or {@code 415-555-0123} depending on who entered it.
 */
record Phone(String callingCode, String national, Style style) {

  /** How a number is written. */
  enum Style {
    E164,
    INTERNATIONAL,
    NATIONAL,
    DASHED
  }

  Phone withStyle(Style other) {
    return new Phone(callingCode, national, other);
  }

  String display() {
    String area = national.substring(0, 3);
    String middle = national.substring(3, 6);
    String last = national.substring(6);
    boolean northAmerican = callingCode.equals("1");
    return switch (style) {
      case E164 -> "+" + callingCode + national;
      case INTERNATIONAL -> "+" + callingCode + " " + area + " " + middle + " " + last;
      case NATIONAL ->
          northAmerican
              ? "(" + area + ") " + middle + "-" + last
              : "0" + area + " " + middle + " " + last;
      case DASHED ->
          northAmerican
              ? area + "-" + middle + "-" + last
              : "+" + callingCode + "-" + area + "-" + middle + "-" + last;
    };
  }
}
