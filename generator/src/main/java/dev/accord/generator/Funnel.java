package dev.accord.generator;

import dev.accord.core.event.RecordEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A generated funnel: its events in the order they arrive, and its ground truth. Both are computed
 * afresh and lazily on every call, from the accord and the settings alone, so ten million events
 * stream through in constant memory and the same call always gives the same sequence.
 */
public final class Funnel {

  private final Storyteller teller;
  private final SlaLedger ledger;
  private final long records;

  Funnel(Storyteller teller, SlaLedger ledger, long records) {
    this.teller = teller;
    this.ledger = ledger;
    this.records = records;
  }

  /** Every event, in arrival order: by delivery instant, events planted late coming late. */
  public Stream<RecordEvent> events() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(
            new ArrivalOrder(teller, records),
            Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.IMMUTABLE),
        false);
  }

  /**
   * The ground truth, record by record in the order records were created: for each, the duplicate
   * and gaps planted in it, its planted guardrail breaches, its events that arrive out of order,
   * and every run of every handoff's SLA clock on it and its deals.
   */
  public Stream<Truth> groundTruth() {
    return LongStream.range(0, records).mapToObj(this::truthOf).flatMap(List::stream);
  }

  private List<Truth> truthOf(long index) {
    Story story = teller.tell(index);
    List<Truth> facts = new ArrayList<>(story.plants());
    facts.addAll(teller.lateness().observe(story));
    facts.addAll(ledger.clocks(story));
    return facts;
  }
}
