package dev.accord.storage;

import java.util.concurrent.atomic.AtomicInteger;

/** The server's tables on H2, the embedded default. */
class H2ServerTablesTest extends ServerTablesContract {

  private static final AtomicInteger DATABASES = new AtomicInteger();

  @Override
  String newDatabase() {
    return "jdbc:h2:mem:accord-server-" + DATABASES.incrementAndGet();
  }
}
