package dev.accord.generator;

import java.util.Arrays;

/**
 * A min-heap of items by arrival: the second they arrive, then their story, then their place in it.
 * The keys are kept in flat arrays beside the items, so ordering them never touches the items: the
 * merge orders every event of the funnel through one of these.
 */
final class ArrivalHeap<T> {

  private static final int SEQ_BITS = 24;

  private long[] seconds = new long[64];
  private long[] ties = new long[64];
  private Object[] items = new Object[64];
  private int size;

  /** Orders events of the same second: by story, then by place in the story. */
  static long tie(long story, int seq) {
    if (seq >= 1 << SEQ_BITS || story >= 1L << (63 - SEQ_BITS)) {
      throw new IllegalArgumentException("story " + story + " event " + seq + " is out of range");
    }
    return (story << SEQ_BITS) | seq;
  }

  boolean isEmpty() {
    return size == 0;
  }

  int size() {
    return size;
  }

  void add(long second, long tie, T item) {
    if (size == items.length) {
      seconds = Arrays.copyOf(seconds, size * 2);
      ties = Arrays.copyOf(ties, size * 2);
      items = Arrays.copyOf(items, size * 2);
    }
    int at = size++;
    while (at > 0) {
      int parent = (at - 1) >>> 1;
      if (!before(second, tie, seconds[parent], ties[parent])) {
        break;
      }
      move(parent, at);
      at = parent;
    }
    set(at, second, tie, item);
  }

  @SuppressWarnings("unchecked")
  T peek() {
    return size == 0 ? null : (T) items[0];
  }

  long peekSecond() {
    return seconds[0];
  }

  long peekTie() {
    return ties[0];
  }

  @SuppressWarnings("unchecked")
  T poll() {
    T first = (T) items[0];
    int last = --size;
    long second = seconds[last];
    long tie = ties[last];
    Object item = items[last];
    items[last] = null;
    int at = 0;
    int half = size >>> 1;
    while (at < half) {
      int child = 2 * at + 1;
      int right = child + 1;
      if (right < size && before(seconds[right], ties[right], seconds[child], ties[child])) {
        child = right;
      }
      if (!before(seconds[child], ties[child], second, tie)) {
        break;
      }
      move(child, at);
      at = child;
    }
    if (size > 0) {
      set(at, second, tie, item);
    }
    return first;
  }

  private static boolean before(long second, long tie, long otherSecond, long otherTie) {
    return second < otherSecond || (second == otherSecond && tie < otherTie);
  }

  private void move(int from, int to) {
    seconds[to] = seconds[from];
    ties[to] = ties[from];
    items[to] = items[from];
  }

  private void set(int at, long second, long tie, Object item) {
    seconds[at] = second;
    ties[at] = tie;
    items[at] = item;
  }
}
