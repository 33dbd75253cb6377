package dev.accord.storage;

import dev.accord.testkit.PostgresServer;

/** The SLA clocks' contract on a real PostgreSQL server that the tests start themselves. */
class PostgresClockTest extends ClockContract {

  @Override
  String newDatabase() {
    return PostgresServer.newDatabase();
  }
}
