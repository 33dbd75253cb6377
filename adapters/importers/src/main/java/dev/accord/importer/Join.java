package dev.accord.importer;

import dev.accord.core.shared.Values;
import java.util.List;
import java.util.Objects;

/**
 * A reference file that adds fields to each row, such as the sales team of each sales agent: the
 * row's value under {@code on} is looked up in the reference's {@code key} column, and the matching
 * reference row's columns become fields. A value that matches nothing is a data-quality finding.
 *
 * @param file the reference CSV, relative to the mapping file
 * @param key the reference column looked up
 * @param on the row's field (or, failing that, column) whose value is looked up
 * @param fields which reference column becomes which field
 */
public record Join(Ref file, Ref key, Ref on, List<Mapping.ColumnField> fields) {

  public Join {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(on, "on");
    fields = Values.list(fields);
  }
}
