package dev.accord.importer;

import dev.accord.yaml.Position;
import java.util.Objects;

/**
 * A name the mapping file wrote — a column, a stage, a field, a file — with the place it was
 * written, so that a check against the data file or the accord can point at the very line and
 * column.
 */
public record Ref(String name, Position at) {

  public Ref {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(at, "at");
  }

  @Override
  public String toString() {
    return name;
  }
}
