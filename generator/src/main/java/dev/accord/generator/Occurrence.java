package dev.accord.generator;

import dev.accord.core.event.EventHeader;
import dev.accord.core.event.RecordEvent;

/**
 * One event of a story: its place in the order things happened, its header, and when it reaches
 * Accord — at once, or later when it was planted to arrive out of order. The event itself is made
 * only when asked for, since a story told again to resume it needs only its later events.
 *
 * @param seq its position among the story's events in the order they happened
 * @param arrivesAt the epoch second it is delivered
 */
record Occurrence(int seq, Beat beat, EventHeader header, long arrivesAt) {

  RecordEvent event() {
    return beat.body().apply(header);
  }

  boolean enrichment() {
    return beat.enrichment();
  }

  Occurrence arrivingAt(long second) {
    return new Occurrence(seq, beat, header, second);
  }
}
