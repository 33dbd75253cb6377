package dev.accord.storage;

import dev.accord.testkit.PostgresServer;

/** The server's tables on a real PostgreSQL server that the tests start themselves. */
class PostgresServerTablesTest extends ServerTablesContract {

  @Override
  String newDatabase() {
    return PostgresServer.newDatabase();
  }
}
