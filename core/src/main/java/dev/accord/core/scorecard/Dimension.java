package dev.accord.core.scorecard;

import dev.accord.core.shared.Values;
import java.util.Objects;

/**
 * A way to break a KPI down, such as by source, owner or region: either the value of a field or one
 * of the built-in dimensions.
 */
public record Dimension(String id, String label, Source source) {

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
}
