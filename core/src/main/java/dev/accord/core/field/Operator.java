package dev.accord.core.field;

/** How a condition compares a field with its values. */
public enum Operator {
  EQ(1),
  NE(1),
  IN(-1),
  NOT_IN(-1),
  GT(1),
  GTE(1),
  LT(1),
  LTE(1),
  CONTAINS(1),
  PRESENT(0),
  ABSENT(0);

  private final int arity;

  Operator(int arity) {
    this.arity = arity;
  }

  /** Whether the operator needs exactly one value. */
  public boolean takesOneValue() {
    return arity == 1;
  }

  /** Whether the operator needs a list of one or more values. */
  public boolean takesValueList() {
    return arity < 0;
  }

  /** Whether the operator looks only at whether the field is filled in. */
  public boolean takesNoValue() {
    return arity == 0;
  }
}
