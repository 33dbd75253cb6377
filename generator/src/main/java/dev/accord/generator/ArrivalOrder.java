package dev.accord.generator;

import dev.accord.core.event.RecordEvent;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The events of every story merged into the order they arrive, holding only what arrives soon.
 *
 * <p>Stories are opened in index order, which is the order records are created in, when the merge
 * reaches their creation. Of an open story only a chapter is read, the events arriving within a
 * horizon; for the rest a bookmark is kept, and when the merge reaches it the story is told again
 * (every story can be, from its index alone) and its next chapter is read. Memory then holds the
 * next days of events and one bookmark per story still going, never the whole funnel. The earliest
 * bookmarks' chapters are told ahead, on spare cores, as are the next new stories.
 */
final class ArrivalOrder implements Iterator<RecordEvent> {

  /**
   * How far ahead of its first event a story's first chapter reads, in seconds; each later chapter
   * reads twice as far as the one before, up to {@link #LONGEST}, so a long story is told again a
   * few times rather than once for every few days of it.
   */
  private static final long HORIZON = 2 * 24 * 3600;

  private static final long LONGEST = 8 * 24 * 3600;

  /** How many bookmarked stories are told again ahead of the merge. */
  private static final int RESUMING = 256;

  /** Where a story goes on, how far its next chapter reads, and that chapter once told ahead. */
  private static final class Bookmark {
    private final long story;
    private final int position;
    private final long reach;
    private Optional<CompletableFuture<Chapter>> told = Optional.empty();

    Bookmark(long story, int position, long reach) {
      this.story = story;
      this.position = position;
      this.reach = reach;
    }
  }

  private final Storyteller teller;
  private final Readahead ahead;
  private final long records;
  private final ArrivalHeap<Chapter> reading = new ArrivalHeap<>();
  private final ArrivalHeap<Bookmark> soon = new ArrivalHeap<>();
  private final ArrivalHeap<Bookmark> later = new ArrivalHeap<>();
  private long nextStory;
  private long nextCreation;

  ArrivalOrder(Storyteller teller, long records) {
    this.teller = teller;
    this.ahead = new Readahead(teller, records, HORIZON);
    this.records = records;
    this.nextCreation = records > 0 ? teller.createdAt(0).getEpochSecond() : 0;
  }

  @Override
  public boolean hasNext() {
    while (true) {
      ArrivalHeap<Bookmark> bookmarks = earliest(soon, later);
      if (nextStory < records && opensBefore(reading) && opensBefore(bookmarks)) {
        read(ahead.next());
        nextStory++;
        if (nextStory < records) {
          nextCreation = teller.createdAt(nextStory).getEpochSecond();
        }
      } else if (!bookmarks.isEmpty() && (reading.isEmpty() || ahead(bookmarks, reading))) {
        resume(bookmarks.poll());
      } else {
        return !reading.isEmpty();
      }
    }
  }

  @Override
  public RecordEvent next() {
    if (!hasNext()) {
      throw new NoSuchElementException("the funnel has no more events");
    }
    Chapter chapter = reading.poll();
    RecordEvent event = chapter.take();
    read(chapter);
    return event;
  }

  private void resume(Bookmark bookmark) {
    Chapter chapter =
        bookmark
            .told
            .map(Readahead::join)
            .orElseGet(() -> ahead.chapter(bookmark.story, bookmark.position, bookmark.reach));
    read(chapter);
    tellAhead();
  }

  /** Queues what is left to read of the chapter, or the bookmark where its story goes on. */
  private void read(Chapter chapter) {
    if (chapter.hasNext()) {
      reading.add(chapter.at(), ArrivalHeap.tie(chapter.story(), chapter.seq()), chapter);
    } else if (chapter.resumeAt().isPresent()) {
      Bookmark bookmark =
          new Bookmark(
              chapter.story(),
              chapter.resumeAt().getAsInt(),
              Math.min(LONGEST, chapter.horizon() * 2));
      later.add(
          chapter.resumeArrival(), ArrivalHeap.tie(chapter.story(), chapter.resumeSeq()), bookmark);
      tellAhead();
    }
  }

  /** Starts telling the earliest bookmarked stories again, a bounded number at a time. */
  private void tellAhead() {
    while (soon.size() < RESUMING && !later.isEmpty()) {
      long second = later.peekSecond();
      long tie = later.peekTie();
      Bookmark bookmark = later.poll();
      bookmark.told = Optional.of(ahead.ahead(bookmark.story, bookmark.position, bookmark.reach));
      soon.add(second, tie, bookmark);
    }
  }

  /** Whether the next story's creation arrives before the first of the heap. */
  private boolean opensBefore(ArrivalHeap<?> heap) {
    return heap.isEmpty() || earlier(nextCreation, ArrivalHeap.tie(nextStory, 0), heap);
  }

  /** The heap whose first item arrives first; either when both are empty. */
  private static <T> ArrivalHeap<T> earliest(ArrivalHeap<T> a, ArrivalHeap<T> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return a.isEmpty() ? b : a;
    }
    return ahead(a, b) ? a : b;
  }

  /** Whether the first item of one heap arrives before the first of the other, both not empty. */
  private static boolean ahead(ArrivalHeap<?> a, ArrivalHeap<?> b) {
    return earlier(a.peekSecond(), a.peekTie(), b);
  }

  private static boolean earlier(long second, long tie, ArrivalHeap<?> heap) {
    return second < heap.peekSecond() || (second == heap.peekSecond() && tie < heap.peekTie());
  }
}
