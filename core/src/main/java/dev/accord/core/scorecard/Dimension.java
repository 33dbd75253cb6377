package dev.accord.core.scorecard;

import dev.accord.core.shared.Values;
import java.util.Objects;

/**
 * A way to break a KPI down, such as by source, owner or region: either the value of a field or one
 * of the built-in dimensions.
 *
 * @param id the dimension's identifier
 * @param label the name people see
 * @param source where its values come from
 * @param ignoreCase whether values that differ only in case are one key ({@code Google} and {@code
 *     google}), shown in lower case
 */
public record Dimension(String id, String label, Source source, boolean ignoreCase) {

  /** Where a dimension's values come from. */
  public sealed interface Source {}

  /** The value of a field of the record. */
  public record FieldValue(String field) implements Source {
    public FieldValue {
      field = Values.text(field);
    }
  }

  /** A built-in dimension. */
  public record Builtin(BuiltinDimension kind) implements Source {
    public Builtin {
      Objects.requireNonNull(kind, "kind");
    }
  }

  public Dimension {
    id = Values.text(id);
    label = Values.text(label);
    Objects.requireNonNull(source, "source");
  }

  /** A dimension whose values are compared as they are written. */
  public Dimension(String id, String label, Source source) {
    this(id, label, source, false);
  }

  public String displayName() {
    return label.isBlank() ? id : label;
  }
}
