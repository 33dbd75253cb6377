package dev.accord.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which of many values a key column already holds, asked a chunk at a time so a batch of any size
 * stays under every driver's limit on parameters.
 */
final class KnownValues {

  /** How many values one {@code IN} list asks about. */
  static final int CHUNK = 500;

  private KnownValues() {}

  static Set<String> in(
      Connection connection, String table, String column, Collection<String> values)
      throws SQLException {
    Set<String> known = new HashSet<>();
    List<String> all = List.copyOf(new HashSet<>(values));
    for (int from = 0; from < all.size(); from += CHUNK) {
      List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
      String sql =
          "SELECT "
              + column
              + " FROM "
              + table
              + " WHERE "
              + column
              + " IN "
              + Columns.placeholders(chunk.size());
      try (PreparedStatement select = connection.prepareStatement(sql)) {
        for (int i = 0; i < chunk.size(); i++) {
          select.setString(i + 1, chunk.get(i));
        }
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            known.add(rows.getString(1));
          }
        }
      }
    }
    return known;
  }
}
