package dev.accord.web;

/** The API on H2, the embedded default. */
class H2ApiTest extends ApiContract {

  @Override
  TestServer newServer() {
    return TestServer.start();
  }
}
