package dev.accord.core.field;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What counts as "nobody filled this in" for the fields of one object: an empty value always, and
 * any placeholder the accord or the field declares, such as {@code Select} or {@code N/A}, compared
 * case-insensitively after trimming. Placeholders stay in the record as the source sent them; they
 * are reported, they never satisfy a stage that requires the field, and conditions — entry criteria
 * and routing rules alike — read them as empty.
 */
public final class Placeholders {

  private final Set<String> accordSentinels;
  private final Map<String, Set<String>> sentinelsByField;
  private final int longestSentinel;

  private Placeholders(
      Set<String> accordSentinels, Map<String, Set<String>> sentinelsByField, int longest) {
    this.accordSentinels = accordSentinels;
    this.sentinelsByField = sentinelsByField;
    this.longestSentinel = longest;
  }

  public static Placeholders of(List<FieldDefinition> fields, List<String> accordSentinels) {
    Set<String> shared = normalised(accordSentinels);
    Map<String, Set<String>> byField = new HashMap<>();
    int longest = longest(shared);
    for (FieldDefinition field : fields) {
      if (!field.sentinels().isEmpty()) {
        Set<String> own = new HashSet<>(shared);
        own.addAll(normalised(field.sentinels()));
        byField.putIfAbsent(field.id(), Set.copyOf(own));
        longest = Math.max(longest, longest(own));
      }
    }
    return new Placeholders(shared, Map.copyOf(byField), longest);
  }

  /**
   * Whether the value is a placeholder for this field (an empty value is not: it is just empty).
   */
  public boolean isSentinel(String field, String value) {
    if (value == null) {
      return false;
    }
    String trimmed = value.strip();
    if (trimmed.isEmpty() || trimmed.length() > longestSentinel) {
      return false;
    }
    return sentinelsByField
        .getOrDefault(field, accordSentinels)
        .contains(trimmed.toLowerCase(Locale.ROOT));
  }

  /** Whether the record has no real value for the field: absent, blank or a placeholder. */
  public boolean isMissing(String field, String value) {
    return value == null || value.isBlank() || isSentinel(field, value);
  }

  private static Set<String> normalised(List<String> sentinels) {
    Set<String> normalised = new HashSet<>();
    for (String sentinel : sentinels) {
      String trimmed = sentinel.strip();
      if (!trimmed.isEmpty()) {
        normalised.add(trimmed.toLowerCase(Locale.ROOT));
      }
    }
    return Set.copyOf(normalised);
  }

  private static int longest(Set<String> sentinels) {
    int longest = 0;
    for (String sentinel : sentinels) {
      longest = Math.max(longest, sentinel.length());
    }
    return longest;
  }
}
