package dev.accord.storage;

import dev.accord.testkit.PostgresServer;

/** The scorecard's facts on a real PostgreSQL server that the tests start themselves. */
class PostgresScorecardFactsTest extends ScorecardFactsContract {

  @Override
  String newDatabase() {
    return PostgresServer.newDatabase();
  }
}
