package dev.accord.storage;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Brings a database's schema up to the version this Accord needs, with Flyway and the scripts in
 * {@code db/migration}; the same scripts serve H2 and PostgreSQL.
 */
final class Migrations {

  /**
   * Flyway reports every step through {@code java.util.logging}, which would print on every
   * command; its failures arrive as exceptions anyway. Held here so the setting is not collected.
   */
  private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

  static {
    FLYWAY_LOG.setLevel(Level.SEVERE);
  }

  private Migrations() {}

  static void apply(String url) {
    try {
      Flyway.configure()
          .dataSource(url, null, null)
          .locations("classpath:db/migration")
          .load()
          .migrate();
    } catch (FlywayException e) {
      throw new StorageException(
          "preparing the database "
              + DatabaseUrl.redacted(url)
              + " failed: "
              + DatabaseUrl.redactedIn(e.getMessage(), url),
          e);
    }
  }
}
