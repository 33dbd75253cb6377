package dev.accord.storage;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The one connection a store talks through, and the rule that every piece of work on it is a
 * transaction: committed when it completes, rolled back when anything fails, so no caller ever sees
 * half of it.
 */
final class Database implements AutoCloseable {

  /** A piece of work on the connection, inside a transaction. */
  @FunctionalInterface
  interface Work<T> {
    T on(Connection connection) throws SQLException;
  }

  private final Connection connection;

  private Database(Connection connection) {
    this.connection = connection;
  }

  static Database connect(String url) {
    try {
      Connection connection = DriverManager.getConnection(url);
      if (connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
        planEachQueryForItsValues(connection);
      }
      connection.setAutoCommit(false);
      return new Database(connection);
    } catch (SQLException e) {
      throw new StorageException(
          "cannot open the database "
              + DatabaseUrl.redacted(url)
              + ": "
              + DatabaseUrl.redactedIn(e.getMessage(), url),
          e);
    }
  }

  /**
   * The store asks "which of these 500 keys do you hold?" once per batch. Once the driver prepares
   * such a statement on the server, PostgreSQL may settle on a generic plan made while the table
   * was small, which scans the whole table and compares every row with every key; with a plan made
   * for the actual keys it hashes them or uses the index, and a batch stays fast as the log grows.
   */
  private static void planEachQueryForItsValues(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("SET plan_cache_mode = force_custom_plan");
    }
  }

  /** Runs the work in one transaction; on any failure, rolls it back and rethrows. */
  <T> T inTransaction(String what, Work<T> work) {
    try {
      T result = work.on(connection);
      connection.commit();
      return result;
    } catch (SQLException e) {
      rollBack(e);
      throw new StorageException(what + " failed: " + e.getMessage(), e);
    } catch (RuntimeException | Error e) {
      rollBack(e);
      throw e;
    }
  }

  /** Whether the connection answers a trivial query. */
  static boolean answers(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.setQueryTimeout(5);
      return statement.execute("SELECT 1");
    }
  }

  private void rollBack(Throwable cause) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new StorageException("closing the database failed: " + e.getMessage(), e);
    }
  }
}
