package dev.accord.core.event;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Field values as events carry them: raw text keyed by field id, sorted so that the same values
 * always iterate, print and hash in the same order.
 */
final class FieldValues {

  private FieldValues() {}

  static SortedMap<String, String> copy(Map<String, String> values) {
    return values == null
        ? Collections.emptySortedMap()
        : Collections.unmodifiableSortedMap(new TreeMap<>(values));
  }
}
