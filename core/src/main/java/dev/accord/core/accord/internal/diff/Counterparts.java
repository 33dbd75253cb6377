package dev.accord.core.accord.internal.diff;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Pairs the things of two versions of a list by their key, and visits them in the order a diff
 * reports them: what is gone in the old order first, then the new list in its own order, each thing
 * either new or kept.
 */
final class Counterparts {

  /** The order of the things two versions share, before and after. */
  record Reordering(List<String> before, List<String> after) {}

  private Counterparts() {}

  static <T> void walk(
      List<T> before,
      List<T> after,
      Function<? super T, ?> key,
      Consumer<? super T> removed,
      Consumer<? super T> added,
      BiConsumer<? super T, ? super T> kept) {
    Map<Object, T> old = index(before, key);
    Map<Object, T> current = index(after, key);
    old.forEach((id, thing) -> {
      if (!current.containsKey(id)) {
        removed.accept(thing);
      }
    });
    current.forEach((id, thing) -> {
      T counterpart = old.get(id);
      if (counterpart == null) {
        added.accept(thing);
      } else {
        kept.accept(counterpart, thing);
      }
    });
  }

  /**
   * The keys both lists share, in the order of each, when that order differs; empty when the things
   * both versions have still come in the same order.
   */
  static <T> Optional<Reordering> reordering(
      List<T> before, List<T> after, Function<? super T, String> key) {
    List<String> old = before.stream().map(key).toList();
    List<String> current = after.stream().map(key).toList();
    List<String> oldShared = old.stream().filter(current::contains).distinct().toList();
    List<String> currentShared = current.stream().filter(old::contains).distinct().toList();
    return oldShared.equals(currentShared)
        ? Optional.empty()
        : Optional.of(new Reordering(oldShared, currentShared));
  }

  private static <T> Map<Object, T> index(List<T> things, Function<? super T, ?> key) {
    Map<Object, T> byKey = new LinkedHashMap<>();
    things.forEach(thing -> byKey.putIfAbsent(key.apply(thing), thing));
    return byKey;
  }
}
