package dev.accord.matching;

import java.util.Arrays;

/**
 * Records grouped by one blocking key, such as the normalised email: only records in the same block
 * are compared, so adding a record costs a few comparisons however many records there are.
 *
 * <p>Keys are 64-bit hashes of the normalised text, never the text itself. An open-addressing table
 * maps each key to the latest record in its block, and each record points to the one before it in
 * its block: about 28 bytes per record, against a hundred or more for a map of strings. Two texts
 * sharing a hash only put two records in one block; at ten million keys that happens about once in
 * a hundred thousand runs.
 */
final class Block {

  private static final int NONE = -1;

  private long[] keys = new long[1024];
  private int[] latest = new int[1024];
  private int used;
  private int[] previous = new int[1024];

  /** Puts the record (numbered in order of arrival) in the block of the key. */
  void add(long key, int record) {
    if (record >= previous.length) {
      previous = Arrays.copyOf(previous, Math.max(record + 1, previous.length * 2));
    }
    int at = find(key);
    if (keys[at] == key) {
      previous[record] = latest[at];
    } else {
      previous[record] = NONE;
      keys[at] = key;
      used++;
    }
    latest[at] = record;
    if (used * 2 > keys.length) {
      grow();
    }
  }

  /** Up to {@code limit} records of the key's block, the latest first. */
  int[] members(long key, int limit) {
    int at = find(key);
    if (keys[at] != key) {
      return new int[0];
    }
    int[] found = new int[limit];
    int count = 0;
    for (int record = latest[at]; record != NONE && count < limit; record = previous[record]) {
      found[count++] = record;
    }
    return Arrays.copyOf(found, count);
  }

  /** The slot of the key, or the empty slot where it would go. Key 0 marks an empty slot. */
  private int find(long key) {
    int mask = keys.length - 1;
    int at = (int) (key ^ (key >>> 32)) & mask;
    while (keys[at] != 0 && keys[at] != key) {
      at = (at + 1) & mask;
    }
    return at;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldLatest = latest;
    keys = new long[oldKeys.length * 2];
    latest = new int[oldKeys.length * 2];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != 0) {
        int at = find(oldKeys[i]);
        keys[at] = oldKeys[i];
        latest[at] = oldLatest[i];
      }
    }
  }

  /** A well-spread 64-bit hash of the text, never 0 (which marks an empty slot). */
  static long key(String text) {
    long hash = 0xcbf29ce484222325L;
    for (int i = 0; i < text.length(); i++) {
      hash = (hash ^ text.charAt(i)) * 0x100000001b3L;
    }
    hash = (hash ^ (hash >>> 30)) * 0xbf58476d1ce4e5b9L;
    hash = (hash ^ (hash >>> 27)) * 0x94d049bb133111ebL;
    hash ^= hash >>> 31;
    return hash == 0 ? 1 : hash;
  }
}
