package dev.accord.importer;

import dev.accord.core.field.FieldDefinition;
import dev.accord.core.lifecycle.ObjectType;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The values that only mean "nobody filled this in": the mapping's own, the accord's, and each
 * field's, compared as the engine compares them — case-insensitively, after trimming. An empty
 * value is empty, never a sentinel.
 */
final class Sentinels {

  private final Set<String> everywhere = new HashSet<>();
  private final Set<String> accordWide = new HashSet<>();
  private final Map<String, Set<String>> perField = new HashMap<>();

  Sentinels(List<String> mapping, List<String> accord, ObjectType object) {
    mapping.forEach(value -> everywhere.add(normal(value)));
    accord.forEach(value -> everywhere.add(normal(value)));
    accord.forEach(value -> accordWide.add(normal(value)));
    for (FieldDefinition field : object.fields()) {
      Set<String> own = new HashSet<>();
      field.sentinels().forEach(value -> own.add(normal(value)));
      perField.put(field.id(), own);
    }
  }

  /** Whether the value, read anywhere, means "empty". */
  boolean isSentinel(String value) {
    String normal = normal(value);
    return !normal.isEmpty() && everywhere.contains(normal);
  }

  /** Whether the value means "empty" in the field. */
  boolean isSentinel(String field, String value) {
    String normal = normal(value);
    return !normal.isEmpty()
        && (everywhere.contains(normal) || perField.getOrDefault(field, Set.of()).contains(normal));
  }

  /**
   * Whether the engine itself will see the value of the field as empty, because the accord says so:
   * it then raises the finding on the event, and the import must not raise it a second time.
   */
  boolean isAccordSentinel(String field, String value) {
    String normal = normal(value);
    return !normal.isEmpty()
        && (accordWide.contains(normal) || perField.getOrDefault(field, Set.of()).contains(normal));
  }

  private static String normal(String value) {
    return value.strip().toLowerCase(Locale.ROOT);
  }
}
