package dev.accord.core.scorecard;

import java.util.Arrays;

/**
 * What one KPI counted, one row per thing counted: the record, the instant it is counted at, what
 * it adds to the numerator and to the denominator (or the sample, for a statistic), and the field
 * it concerns for a completeness KPI. Aggregated once in total and once per breakdown.
 */
final class Observations {

  int size;
  int[] record;
  long[] at;
  double[] numerator;
  double[] denominator;
  int[] field;

  Observations() {
    this(64);
  }

  /** Rows for about as many things as the capacity, to fill without growing. */
  Observations(int capacity) {
    int length = Math.max(capacity, 1);
    record = new int[length];
    at = new long[length];
    numerator = new double[length];
    denominator = new double[length];
    field = new int[length];
  }

  void add(int recordIndex, long instant, double num, double den) {
    add(recordIndex, instant, num, den, -1);
  }

  void add(int recordIndex, long instant, double num, double den, int fieldIndex) {
    if (size == record.length) {
      int length = size * 2;
      record = Arrays.copyOf(record, length);
      at = Arrays.copyOf(at, length);
      numerator = Arrays.copyOf(numerator, length);
      denominator = Arrays.copyOf(denominator, length);
      field = Arrays.copyOf(field, length);
    }
    record[size] = recordIndex;
    at[size] = instant;
    numerator[size] = num;
    denominator[size] = den;
    field[size] = fieldIndex;
    size++;
  }
}
