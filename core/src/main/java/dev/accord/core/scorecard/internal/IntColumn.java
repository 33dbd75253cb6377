package dev.accord.core.scorecard.internal;

import java.util.Arrays;

/** A growable column of ints: one array, no boxing. */
public final class IntColumn {

  private int[] values = new int[16];
  private int size;

  public void add(int value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = value;
  }

  public int size() {
    return size;
  }

  /** The values added, trimmed to their count. */
  public int[] toArray() {
    return Arrays.copyOf(values, size);
  }
}
