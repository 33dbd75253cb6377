package dev.accord.core.scorecard;

import java.util.Arrays;

/**
 * What one KPI counted, one row per thing counted: the record, the instant it is counted at, what
 * it adds to the numerator and to the denominator (or the sample, for a statistic), and the field
 * it concerns for a completeness KPI. Aggregated once in total and once per breakdown.
 */
final class Observations {

  int size;
  int[] record = new int[64];
  long[] at = new long[64];
  double[] numerator = new double[64];
  double[] denominator = new double[64];
  int[] field = new int[64];

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
