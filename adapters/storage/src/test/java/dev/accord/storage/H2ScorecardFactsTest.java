package dev.accord.storage;

import java.util.concurrent.atomic.AtomicInteger;

/** The scorecard's facts on H2, the embedded default. */
class H2ScorecardFactsTest extends ScorecardFactsContract {

  private static final AtomicInteger DATABASES = new AtomicInteger();

  @Override
  String newDatabase() {
    return "jdbc:h2:mem:accord-scorecard-" + DATABASES.incrementAndGet();
  }
}
