package dev.accord.core.scorecard.internal;

import java.util.Arrays;

/** A growable column of longs (instants as epoch milliseconds): one array, no boxing. */
public final class LongColumn {

  private long[] values = new long[16];
  private int size;

  public void add(long value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = value;
  }

  public int size() {
    return size;
  }

  /** The values added, trimmed to their count. */
  public long[] toArray() {
    return Arrays.copyOf(values, size);
  }
}
