package dev.accord.generator;

import dev.accord.core.event.RecordEvent;
import java.util.List;
import java.util.OptionalInt;

/**
 * A stretch of one story's arrivals, made ready for the merge: the events arriving within a horizon
 * of the first, in arrival order, and where the story goes on after them. The merge reads a chapter
 * like a cursor, one event at a time, while it sits in the merge's queue.
 */
final class Chapter {

  private final long story;
  private final long horizon;
  private final RecordEvent[] events;
  private final long[] arrivals;
  private final int[] seqs;
  private final OptionalInt resumeAt;
  private final long resumeArrival;
  private final int resumeSeq;
  private int next;

  private Chapter(
      long story,
      long horizon,
      RecordEvent[] events,
      long[] arrivals,
      int[] seqs,
      OptionalInt resumeAt,
      long resumeArrival,
      int resumeSeq) {
    this.story = story;
    this.horizon = horizon;
    this.events = events;
    this.arrivals = arrivals;
    this.seqs = seqs;
    this.resumeAt = resumeAt;
    this.resumeArrival = resumeArrival;
    this.resumeSeq = resumeSeq;
  }

  /** The story's arrivals from a position on, as far as the horizon past the first of them. */
  static Chapter of(Story story, int position, long horizon) {
    List<Occurrence> all = story.arrivals();
    long until = all.get(position).arrivesAt() + horizon;
    int end = position;
    while (end < all.size() && all.get(end).arrivesAt() < until) {
      end++;
    }
    int size = end - position;
    RecordEvent[] events = new RecordEvent[size];
    long[] arrivals = new long[size];
    int[] seqs = new int[size];
    for (int i = 0; i < size; i++) {
      Occurrence occurrence = all.get(position + i);
      events[i] = occurrence.event();
      arrivals[i] = occurrence.arrivesAt();
      seqs[i] = occurrence.seq();
    }
    boolean more = end < all.size();
    return new Chapter(
        story.index(),
        horizon,
        events,
        arrivals,
        seqs,
        more ? OptionalInt.of(end) : OptionalInt.empty(),
        more ? all.get(end).arrivesAt() : 0,
        more ? all.get(end).seq() : 0);
  }

  long story() {
    return story;
  }

  /** How far past its first event this chapter reads, in seconds. */
  long horizon() {
    return horizon;
  }

  boolean hasNext() {
    return next < events.length;
  }

  /** When the next event arrives. */
  long at() {
    return arrivals[next];
  }

  /** The next event's place in its story, to order events arriving in the same second. */
  int seq() {
    return seqs[next];
  }

  RecordEvent take() {
    return events[next++];
  }

  /** Where the story goes on after this chapter, if it does. */
  OptionalInt resumeAt() {
    return resumeAt;
  }

  long resumeArrival() {
    return resumeArrival;
  }

  int resumeSeq() {
    return resumeSeq;
  }
}
