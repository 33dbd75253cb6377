package dev.accord.storage;

import java.util.concurrent.atomic.AtomicInteger;

/** The SLA clocks' contract on H2, the embedded default. */
class H2ClockTest extends ClockContract {

  private static final AtomicInteger DATABASES = new AtomicInteger();

  @Override
  String newDatabase() {
    return "jdbc:h2:mem:accord-clocks-" + DATABASES.incrementAndGet();
  }
}
