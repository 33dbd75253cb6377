package dev.accord.core.shared;

import java.util.List;
import java.util.Objects;

/**
 * Defensive copies for record components, so that every model value is immutable and an absent list
 * or text reads as empty rather than null.
 */
public final class Values {

  private Values() {}

  /** An immutable copy of the list; an absent list is an empty one. */
  public static <T> List<T> list(List<T> values) {
    return values == null ? List.of() : List.copyOf(values);
  }

  /** The text itself, or the empty string when it is absent. */
  public static String text(String value) {
    return Objects.requireNonNullElse(value, "");
  }
}
