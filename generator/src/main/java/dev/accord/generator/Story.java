package dev.accord.generator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One lead's story told: its events and those of the deals opened for it, in the order they
 * happened and in the order they arrive, and the facts planted in it.
 *
 * @param occurrences the events in the order they happened
 * @param plants the duplicates, gaps and guardrail breaches planted in the story
 */
record Story(long index, List<Occurrence> occurrences, List<Truth> plants) {

  private static final Comparator<Occurrence> ARRIVAL =
      Comparator.comparingLong(Occurrence::arrivesAt).thenComparingInt(Occurrence::seq);

  Story {
    occurrences = List.copyOf(occurrences);
    plants = List.copyOf(plants);
  }

  /** The events in the order they arrive: by delivery second, then as they happened. */
  List<Occurrence> arrivals() {
    List<Occurrence> arrivals = new ArrayList<>(occurrences);
    arrivals.sort(ARRIVAL);
    return arrivals;
  }
}
