package dev.accord.core.scorecard;

import java.util.Arrays;

/** How a KPI's observations become one value per group. */
enum Aggregate {
  /** The numerators added up: counts and totals. */
  SUM,
  /** The numerators over the denominators: shares and rates. */
  RATIO,
  MEDIAN,
  P90,
  MEAN;

  static Aggregate of(Statistic statistic) {
    return switch (statistic) {
      case MEDIAN -> MEDIAN;
      case P90 -> P90;
      case MEAN -> MEAN;
    };
  }

  /**
   * One value per group of the grouping; NaN where a group has nothing to show (no row, or a ratio
   * with nothing to divide by).
   */
  double[] apply(Observations rows, Grouping grouping) {
    int[] groupOfRow = new int[rows.size];
    for (int row = 0; row < rows.size; row++) {
      groupOfRow[row] = grouping.groupOf(rows, row);
    }
    int groups = grouping.size();
    double[] values = new double[groups];
    return switch (this) {
      case SUM -> {
        boolean[] seen = new boolean[groups];
        for (int row = 0; row < rows.size; row++) {
          values[groupOfRow[row]] += rows.numerator[row];
          seen[groupOfRow[row]] = true;
        }
        for (int g = 0; g < groups; g++) {
          if (!seen[g]) {
            values[g] = Double.NaN;
          }
        }
        yield values;
      }
      case RATIO -> {
        double[] denominators = new double[groups];
        for (int row = 0; row < rows.size; row++) {
          values[groupOfRow[row]] += rows.numerator[row];
          denominators[groupOfRow[row]] += rows.denominator[row];
        }
        for (int g = 0; g < groups; g++) {
          values[g] = denominators[g] > 0 ? values[g] / denominators[g] : Double.NaN;
        }
        yield values;
      }
      case MEDIAN, P90, MEAN -> statistics(rows, groupOfRow, groups);
    };
  }

  private double[] statistics(Observations rows, int[] groupOfRow, int groups) {
    int[] start = new int[groups + 1];
    for (int row = 0; row < rows.size; row++) {
      start[groupOfRow[row] + 1]++;
    }
    for (int g = 0; g < groups; g++) {
      start[g + 1] += start[g];
    }
    int[] next = Arrays.copyOf(start, groups);
    double[] samples = new double[rows.size];
    for (int row = 0; row < rows.size; row++) {
      samples[next[groupOfRow[row]]++] = rows.numerator[row];
    }
    double[] values = new double[groups];
    for (int g = 0; g < groups; g++) {
      values[g] = statistic(samples, start[g], start[g + 1]);
    }
    return values;
  }

  private double statistic(double[] samples, int from, int to) {
    int n = to - from;
    if (n == 0) {
      return Double.NaN;
    }
    if (this == MEAN) {
      double sum = 0;
      for (int i = from; i < to; i++) {
        sum += samples[i];
      }
      return sum / n;
    }
    Arrays.sort(samples, from, to);
    if (this == MEDIAN) {
      int middle = from + n / 2;
      return n % 2 == 1 ? samples[middle] : (samples[middle - 1] + samples[middle]) / 2;
    }
    // The 90th percentile by linear interpolation between closest ranks (as spreadsheets and
    // SQL's percentile_cont compute it).
    double rank = 0.9 * (n - 1);
    int lower = (int) Math.floor(rank);
    int upper = Math.min(lower + 1, n - 1);
    double fraction = rank - lower;
    return samples[from + lower] + fraction * (samples[from + upper] - samples[from + lower]);
  }
}
