package dev.accord.storage;

import dev.accord.testkit.PostgresServer;

/** What the store feeds routing, on a real PostgreSQL server. */
class PostgresRoutingBookTest extends RoutingBookContract {

  @Override
  String newDatabase() {
    return PostgresServer.newDatabase();
  }
}
