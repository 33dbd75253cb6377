package dev.accord.storage;

import dev.accord.testkit.PostgresServer;

/** The store's contract on a real PostgreSQL server that the tests start themselves. */
class PostgresStoreTest extends StoreContract {

  @Override
  String newDatabase() {
    return PostgresServer.newDatabase();
  }
}
