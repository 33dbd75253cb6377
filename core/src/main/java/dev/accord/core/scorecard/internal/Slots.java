package dev.accord.core.scorecard.internal;

import java.util.Arrays;

/**
 * A growable array of longs indexed by record, each slot empty until set: a record's creation or
 * first touch, kept without boxing.
 */
public final class Slots {

  private final long empty;
  private long[] values = new long[16];

  public Slots(long empty) {
    this.empty = empty;
    Arrays.fill(values, empty);
  }

  public long get(int index) {
    return index < values.length ? values[index] : empty;
  }

  public void set(int index, long value) {
    if (index >= values.length) {
      int length = Math.max(values.length * 2, index + 1);
      int old = values.length;
      values = Arrays.copyOf(values, length);
      Arrays.fill(values, old, length, empty);
    }
    values[index] = value;
  }

  /** The first {@code size} slots. */
  public long[] toArray(int size) {
    long[] array = Arrays.copyOf(values, size);
    if (size > values.length) {
      Arrays.fill(array, values.length, size, empty);
    }
    return array;
  }
}
