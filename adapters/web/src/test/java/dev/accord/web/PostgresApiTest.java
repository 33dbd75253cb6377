package dev.accord.web;

import dev.accord.testkit.PostgresServer;

/** The API on a real PostgreSQL server that the tests start themselves. */
class PostgresApiTest extends ApiContract {

  @Override
  TestServer newServer() {
    return TestServer.start(PostgresServer.newDatabase());
  }
}
