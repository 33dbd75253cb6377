package dev.accord.storage;

import java.util.concurrent.atomic.AtomicInteger;

/** What the store feeds routing, on H2. */
class H2RoutingBookTest extends RoutingBookContract {

  private static final AtomicInteger DATABASES = new AtomicInteger();

  @Override
  String newDatabase() {
    return "jdbc:h2:mem:accord-routing-" + DATABASES.incrementAndGet();
  }
}
