package dev.accord.core.accord.internal.diff;

import java.util.List;

/**
 * What a list of values gained and lost between two versions, when the values count as a set: the
 * allowed values of a field, the stages a field is required in, the teams of a person.
 */
record Delta<T>(List<T> added, List<T> removed) {

  static <T> Delta<T> of(List<T> before, List<T> after) {
    return new Delta<>(
        after.stream().filter(value -> !before.contains(value)).distinct().toList(),
        before.stream().filter(value -> !after.contains(value)).distinct().toList());
  }

  boolean isEmpty() {
    return added.isEmpty() && removed.isEmpty();
  }
}
