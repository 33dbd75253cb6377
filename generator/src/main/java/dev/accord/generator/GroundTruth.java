package dev.accord.generator;

import dev.accord.generator.Truth.DataGap;
import dev.accord.generator.Truth.LateEvent;
import dev.accord.generator.Truth.PlantedBreach;
import dev.accord.generator.Truth.PlantedDuplicate;
import dev.accord.generator.Truth.SlaClock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The whole ground truth of a generated funnel, gathered in memory, for runs small enough to hold
 * it; large runs read {@link Funnel#groundTruth()} as a stream instead.
 */
public record GroundTruth(
    List<PlantedDuplicate> duplicates,
    List<LateEvent> lateEvents,
    List<SlaClock> slaClocks,
    List<PlantedBreach> plantedBreaches,
    List<DataGap> dataGaps) {

  public GroundTruth {
    duplicates = List.copyOf(duplicates);
    lateEvents = List.copyOf(lateEvents);
    slaClocks = List.copyOf(slaClocks);
    plantedBreaches = List.copyOf(plantedBreaches);
    dataGaps = List.copyOf(dataGaps);
  }

  public static GroundTruth of(Stream<Truth> facts) {
    List<PlantedDuplicate> duplicates = new ArrayList<>();
    List<LateEvent> late = new ArrayList<>();
    List<SlaClock> clocks = new ArrayList<>();
    List<PlantedBreach> breaches = new ArrayList<>();
    List<DataGap> gaps = new ArrayList<>();
    facts.forEachOrdered(fact -> {
      switch (fact) {
        case PlantedDuplicate d -> duplicates.add(d);
        case LateEvent l -> late.add(l);
        case SlaClock c -> clocks.add(c);
        case PlantedBreach b -> breaches.add(b);
        case DataGap g -> gaps.add(g);
      }
    });
    return new GroundTruth(duplicates, late, clocks, breaches, gaps);
  }

  /** The clocks of the handoff that ran over. */
  public List<SlaClock> breaches(String handoffId) {
    return slaClocks.stream()
        .filter(clock -> clock.handoffId().equals(handoffId) && clock.breached())
        .toList();
  }

  /** The clocks of the handoff, met or not. */
  public List<SlaClock> clocks(String handoffId) {
    return slaClocks.stream().filter(clock -> clock.handoffId().equals(handoffId)).toList();
  }
}
