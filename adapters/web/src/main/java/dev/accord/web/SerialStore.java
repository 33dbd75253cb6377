package dev.accord.web;

import dev.accord.storage.Store;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * The store, one request at a time. A {@link Store} holds one connection and is not safe for
 * concurrent use, while the server answers requests on many threads: every use of it goes through
 * here, in turn. Each use is one or a few short transactions, so the wait is short too.
 */
final class SerialStore {

  private final Store store;
  private final ReentrantLock turn = new ReentrantLock(true);

  SerialStore(Store store) {
    this.store = store;
  }

  /** Runs the work on the store once nobody else is using it, and answers what it answered. */
  <T> T use(Function<Store, T> work) {
    turn.lock();
    try {
      return work.apply(store);
    } finally {
      turn.unlock();
    }
  }
}
