package dev.accord.dashboard;

import dev.accord.core.sla.Compliance;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the SLA board shows: each handoff's compliance in total and per owner, and the runs to list.
 *
 * @param compliance per handoff id, per owner (no owner: the empty key), how its runs ended; as the
 *     store's {@code slaCompliance()} answers it
 * @param runs the runs to list, soonest due first, as the store's {@code slaRuns(...)} answers them
 * @param now the instant the board is drawn at, to tell which open runs are past due
 */
public record SlaBoard(
    Map<String, Map<String, Compliance>> compliance, List<SlaRun> runs, Instant now) {

  public SlaBoard {
    Map<String, Map<String, Compliance>> copy = new LinkedHashMap<>();
    compliance.forEach((handoff, owners) -> copy.put(handoff, new LinkedHashMap<>(owners)));
    compliance = java.util.Collections.unmodifiableMap(copy);
    runs = List.copyOf(runs);
    Objects.requireNonNull(now, "now");
  }
}
