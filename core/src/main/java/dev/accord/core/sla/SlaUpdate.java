package dev.accord.core.sla;

import java.util.List;
import java.util.Objects;

/**
 * What an event or the passing of time did to a record's clocks: their next value and what
 * happened, in the order it happened.
 */
public record SlaUpdate(SlaTimers timers, List<SlaOutcome> outcomes) {

  public SlaUpdate {
    Objects.requireNonNull(timers, "timers");
    outcomes = List.copyOf(outcomes);
  }
}
