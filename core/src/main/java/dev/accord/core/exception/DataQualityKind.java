package dev.accord.core.exception;

/** What is wrong with a piece of incoming data. */
public enum DataQualityKind {
  /** A value that only means "nobody filled this in", such as {@code Select} or {@code null}. */
  SENTINEL,
  /** A key that should match a reference (an account, a product, a rep) and matches nothing. */
  UNKNOWN_REFERENCE,
  /** A stage the accord does not know. */
  UNKNOWN_STAGE,
  /** A value outside a field's allowed values. */
  UNKNOWN_VALUE,
  /** A value that does not parse as the field's type (a date, a number, an email). */
  UNPARSEABLE_VALUE,
  /** Values that differ only by case or spacing, such as {@code Google} and {@code google}. */
  INCONSISTENT_SPELLING,
  /** A record created a second time. */
  DUPLICATE_CREATION,
  /** An event for a record that was never created. */
  UNKNOWN_RECORD
}
