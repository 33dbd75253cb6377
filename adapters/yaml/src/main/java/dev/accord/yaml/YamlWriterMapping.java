package dev.accord.yaml;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One mapping of an accord file as it is being written: its keys in the order the schema lists
 * them, leaving out a key only when the reader would supply the same value by itself, because the
 * value is absent or is the schema's empty default.
 */
final class YamlWriterMapping {

  private final Map<String, Object> entries = new LinkedHashMap<>();

  YamlWriterMapping put(String key, Object value) {
    entries.put(key, value);
    return this;
  }

  YamlWriterMapping putIf(boolean condition, String key, Object value) {
    return condition ? put(key, value) : this;
  }

  YamlWriterMapping putIfPresent(String key, Optional<?> value) {
    return value.isPresent() ? put(key, value.get()) : this;
  }

  YamlWriterMapping putUnlessEmpty(String key, String text) {
    return putIf(!text.isEmpty(), key, text);
  }

  YamlWriterMapping putUnlessEmpty(String key, List<?> values) {
    return putIf(!values.isEmpty(), key, values);
  }

  /** Writes each item of a list as the schema shapes it. */
  <T> YamlWriterMapping putEach(String key, List<T> items, Function<? super T, ?> shape) {
    return put(key, items.stream().map(shape).toList());
  }

  <T> YamlWriterMapping putEachUnlessEmpty(
      String key, List<T> items, Function<? super T, ?> shape) {
    return items.isEmpty() ? this : putEach(key, items, shape);
  }

  Map<String, Object> toMap() {
    return entries;
  }
}
