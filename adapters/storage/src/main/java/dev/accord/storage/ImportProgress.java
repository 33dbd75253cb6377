package dev.accord.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** The {@code import_progress} table: one checkpoint per import, overwritten as it advances. */
final class ImportProgress {

  private ImportProgress() {}

  static void save(Connection connection, ImportCheckpoint checkpoint, Instant at)
      throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE import_progress SET rows_done = ?, updated_at = ? WHERE import_key = ?")) {
      update.setLong(1, checkpoint.rowsDone());
      Columns.setInstant(update, 2, at);
      update.setString(3, checkpoint.importKey());
      if (update.executeUpdate() > 0) {
        return;
      }
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO import_progress (rows_done, updated_at, import_key) VALUES (?, ?, ?)")) {
      insert.setLong(1, checkpoint.rowsDone());
      Columns.setInstant(insert, 2, at);
      insert.setString(3, checkpoint.importKey());
      insert.executeUpdate();
    }
  }

  static Optional<ImportCheckpoint> find(Connection connection, String importKey)
      throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement("SELECT rows_done FROM import_progress WHERE import_key = ?")) {
      select.setString(1, importKey);
      try (ResultSet rows = select.executeQuery()) {
        return rows.next()
            ? Optional.of(new ImportCheckpoint(importKey, rows.getLong(1)))
            : Optional.empty();
      }
    }
  }

  static void forget(Connection connection, String importKey) throws SQLException {
    try (PreparedStatement delete =
        connection.prepareStatement("DELETE FROM import_progress WHERE import_key = ?")) {
      delete.setString(1, importKey);
      delete.executeUpdate();
    }
  }
}
