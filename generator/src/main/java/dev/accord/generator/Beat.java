package dev.accord.generator;

import dev.accord.core.event.EventHeader;
import dev.accord.core.event.RecordEvent;
import java.time.Instant;
import java.util.function.Function;

/**
 * One thing that happens to a record in a story, before it gets its place in the sequence and its
 * idempotency key: the event is made from the header once both are known.
 *
 * @param order the beat's position in the order the story was written, to break ties
 * @param enrichment whether it is a background update (a re-score, a slipped close date) that a CRM
 *     sync may deliver very late without harm to the funnel
 */
record Beat(
    String recordId,
    String objectType,
    Instant at,
    String actor,
    Function<EventHeader, RecordEvent> body,
    boolean enrichment,
    int order) {}
