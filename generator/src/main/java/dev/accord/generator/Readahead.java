package dev.accord.generator;

import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Tells stories on spare cores before the merge asks for them, and makes the chapters it will read:
 * the first chapters of the next records in index order, and the next chapters of stories the merge
 * will soon resume. A story is a pure function of its index, so telling it early, or on another
 * thread, changes nothing but the speed.
 */
final class Readahead {

  /** How many new stories are told ahead of the merge. */
  private static final int FRESH = 256;

  /** The threads that tell stories ahead; idle ones end, so an abandoned merge leaves nothing. */
  private static final ExecutorService TELLERS = tellers();

  private final Storyteller teller;
  private final long records;
  private final long horizon;
  private final ArrayDeque<CompletableFuture<Chapter>> fresh = new ArrayDeque<>();
  private long requested;

  /** Tells ahead for the merge; first chapters read as far as the horizon, in seconds. */
  Readahead(Storyteller teller, long records, long horizon) {
    this.teller = teller;
    this.records = records;
    this.horizon = horizon;
    topUp();
  }

  /** The first chapter of the next record's story, in index order. */
  Chapter next() {
    CompletableFuture<Chapter> chapter = fresh.poll();
    topUp();
    return join(chapter);
  }

  /** Starts telling the story again for its chapter from the position, as far as the horizon. */
  CompletableFuture<Chapter> ahead(long story, int position, long reach) {
    return CompletableFuture.supplyAsync(() -> chapter(story, position, reach), TELLERS);
  }

  /** The story's chapter from the position, told here and now. */
  Chapter chapter(long story, int position, long reach) {
    return Chapter.of(teller.tell(story), position, reach);
  }

  static Chapter join(CompletableFuture<Chapter> chapter) {
    try {
      return chapter.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }

  private void topUp() {
    while (fresh.size() < FRESH && requested < records) {
      long index = requested++;
      fresh.add(ahead(index, 0, horizon));
    }
  }

  private static ExecutorService tellers() {
    int threads = Runtime.getRuntime().availableProcessors();
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            threads,
            threads,
            2,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            work -> {
              Thread thread = new Thread(work, "accord-storyteller");
              thread.setDaemon(true);
              return thread;
            });
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }
}
