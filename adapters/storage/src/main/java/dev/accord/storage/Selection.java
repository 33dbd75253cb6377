package dev.accord.storage;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which records a read is about, as a condition on a {@code record_id} column, so the state and
 * both histories of the same records can be read by three queries that agree.
 *
 * @param condition SQL with {@code {id}} where the record id column goes
 * @param parameters the values of its placeholders, in order
 */
record Selection(String condition, List<Object> parameters) {

  Selection {
    parameters = List.copyOf(parameters);
  }

  static Selection all() {
    return new Selection("1 = 1", List.of());
  }

  static Selection ids(List<String> recordIds) {
    return new Selection(
        "{id} IN " + Columns.placeholders(recordIds.size()), List.<Object>copyOf(recordIds));
  }

  /** A page of records in id order, optionally only those in one stage. */
  static Selection page(Optional<String> stage, int limit, int offset) {
    if (limit < 0 || offset < 0) {
      throw new IllegalArgumentException(
          "limit and offset must not be negative: " + limit + ", " + offset);
    }
    List<Object> parameters = new ArrayList<>();
    stage.ifPresent(parameters::add);
    parameters.add(limit);
    parameters.add(offset);
    return new Selection(
        "{id} IN (SELECT record_id FROM (SELECT record_id FROM record_state"
            + stage.map(s -> " WHERE stage = ?").orElse("")
            + " ORDER BY record_id LIMIT ? OFFSET ?) page)",
        parameters);
  }

  /** The condition on the given column. */
  String on(String column) {
    return condition.replace("{id}", column);
  }

  /** Binds the parameters from the first placeholder on. */
  void bind(PreparedStatement statement) throws SQLException {
    for (int i = 0; i < parameters.size(); i++) {
      statement.setObject(i + 1, parameters.get(i));
    }
  }
}
