package dev.accord.yaml;

/**
 * How one kind of written value is read, such as a whole number, a time zone or an SLA like {@code
 * 15m}: the value it means, or what is wrong with the text and how to write it instead.
 */
@FunctionalInterface
interface ValueFormat<T> {

  Reading<T> read(String text);

  /** The outcome of reading one value. */
  sealed interface Reading<T> {

    record Valid<T>(T value) implements Reading<T> {}

    /**
     * @param problem what is wrong, naming the value, such as "`one` is not a whole number"
     * @param hint how to write it instead
     */
    record Invalid<T>(String problem, String hint) implements Reading<T> {}
  }

  static <T> Reading<T> valid(T value) {
    return new Reading.Valid<>(value);
  }

  static <T> Reading<T> invalid(String problem, String hint) {
    return new Reading.Invalid<>(problem, hint);
  }
}
