package dev.accord.storage;

import java.util.concurrent.atomic.AtomicInteger;

/** The store's contract on H2, the embedded default. */
class H2StoreTest extends StoreContract {

  private static final AtomicInteger DATABASES = new AtomicInteger();

  @Override
  String newDatabase() {
    // An in-memory database lives as long as a connection to it: the store's own.
    return "jdbc:h2:mem:accord-test-" + DATABASES.incrementAndGet();
  }
}
