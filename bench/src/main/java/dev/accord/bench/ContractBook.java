package dev.accord.bench;

import dev.accord.core.accord.Accord;
import dev.accord.core.calendar.PublicHolidays;
import dev.accord.core.event.RecordEvent;
import dev.accord.core.event.RecordEvent.RecordCreated;
import dev.accord.core.lifecycle.EventOutcome;
import dev.accord.core.lifecycle.RecordState;
import dev.accord.core.routing.RoutingContext;
import dev.accord.core.routing.RoutingDecision;
import dev.accord.core.routing.RoutingTable;
import dev.accord.core.sla.SlaEngine;
import dev.accord.core.sla.SlaTimers;
import dev.accord.core.team.Roster;
import dev.accord.matching.DuplicateIndex;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The handoff contract on top of the lifecycle, in memory: each event through the engine, then
 * routing when a record enters a routed stage, the record's SLA clocks, and the duplicate check
 * when a record is created — what the benchmark weighs against the lifecycle alone.
 */
final class ContractBook {

  private final RecordBook lifecycle;
  private final RoutingTable routing;
  private final SlaEngine sla;
  private final Optional<DuplicateIndex> duplicates;
  private final Map<String, SlaTimers> timers = new HashMap<>();
  private RoutingContext routingContext = RoutingContext.empty();

  ContractBook(Accord accord, PublicHolidays holidays) {
    this.lifecycle = new RecordBook(accord.lifecycleEngine());
    this.routing = accord.routingTable(holidays);
    this.sla =
        SlaEngine.of(
            accord.handoffs(),
            accord.calendars(),
            holidays,
            new Roster(accord.teams(), accord.people()));
    this.duplicates = DuplicateIndex.of(accord, "lead", "US");
  }

  /** Applies the event and returns how many outcomes the contract produced, for the blackhole. */
  int ingest(RecordEvent event) {
    Optional<RecordState> before = lifecycle.state(event.recordId());
    EventOutcome outcome = lifecycle.ingest(event);
    int produced = outcome.exceptions().size();
    if (outcome.state().isPresent()) {
      RecordState state = outcome.state().get();
      boolean entered = before.map(b -> !b.stage().equals(state.stage())).orElse(true);
      if (entered && routing.routesOnEntering(state.stage())) {
        RoutingDecision decision = routing.route(state, event.occurredAt(), routingContext);
        routingContext = decision.context();
        produced++;
      }
    }
    String recordId = event.recordId();
    var update = sla.on(timers.getOrDefault(recordId, SlaTimers.of(recordId)), event);
    timers.put(recordId, update.timers());
    produced += update.outcomes().size();
    if (event instanceof RecordCreated created && duplicates.isPresent()) {
      produced += duplicates.get().add(created).size();
    }
    return produced;
  }
}
