package dev.accord.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.core.accord.Accord;
import dev.accord.core.calendar.PublicHolidays;
import dev.accord.core.event.RecordEvent;
import dev.accord.core.exception.ExceptionCase.RoutingFailure;
import dev.accord.core.exception.ExceptionType;
import dev.accord.core.lifecycle.LifecycleEngine;
import dev.accord.core.lifecycle.RecordState;
import dev.accord.core.routing.Owner;
import dev.accord.core.routing.Routing;
import dev.accord.core.routing.RoutingContext;
import dev.accord.core.routing.RoutingDecision;
import dev.accord.core.routing.RoutingTable;
import dev.accord.core.team.Person;
import dev.accord.core.team.Roster;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Routing the generated funnel under the default accord: every record that enters a routed stage is
 * given to someone or raises a routing failure, and the same funnel routes the same way twice.
 */
class RoutingCoverageTest {

  private static final Accord ACCORD = DefaultAccords.DEFAULT;

  /** A record entering a routed stage, and what routing made of it. */
  private record Routed(RecordEvent event, RoutingDecision decision) {}

  @Test
  void everyRecordEnteringARoutedStageGoesToAPersonOfTheAccordOrTheFallbackQueue() {
    List<Routed> routed = route(ACCORD.routingTable(PublicHolidays.none()));
    Set<String> people = ACCORD.people().stream().map(Person::id).collect(Collectors.toSet());

    assertThat(routed).hasSizeGreaterThan(1_000);
    for (Routed one : routed) {
      Owner owner = one.decision().owner().orElseThrow();
      switch (owner) {
        case Owner.Person person -> assertThat(people).contains(person.id());
        case Owner.Queue queue -> assertThat(queue.id()).isEqualTo("revops");
      }
    }
    // Leads that arrive while the SDRs are off (nights, weekends) wait in the queue, and say so.
    assertThat(routed)
        .filteredOn(r -> r.decision().owner().get() instanceof Owner.Queue)
        .isNotEmpty()
        .allSatisfy(r ->
            assertThat(r.decision().explanation().getLast())
                .isEqualTo("no rule routed it, so it goes to the fallback queue revops"));
    assertThat(routed)
        .filteredOn(r -> r.decision().owner().get() instanceof Owner.Person)
        .hasSizeGreaterThan(1_000);
  }

  @Test
  void withoutAFallbackQueueEveryRecordNoRuleRoutesRaisesARoutingFailure() {
    Routing routing = ACCORD.routing();
    RoutingTable noFallback =
        RoutingTable.of(
            new Routing(routing.onEntering(), routing.rules(), Optional.empty()),
            new Roster(ACCORD.teams(), ACCORD.people()),
            ACCORD.calendars(),
            PublicHolidays.none(),
            ACCORD.objects(),
            ACCORD.sentinels());

    List<Routed> routed = route(noFallback);
    List<RoutingFailure> failures = new ArrayList<>();
    for (Routed one : routed) {
      Optional<RoutingFailure> failure = one.decision().failure(one.event().idempotencyKey());
      assertThat(one.decision().isRouted()).isNotEqualTo(failure.isPresent());
      failure.ifPresent(failures::add);
    }

    // Nights and weekends leave the round-robin without anyone at work, so some do fail.
    assertThat(failures).isNotEmpty();
    assertThat(failures)
        .allSatisfy(f -> {
          assertThat(f.type()).isEqualTo(ExceptionType.ROUTING_FAILURE);
          assertThat(f.describe()).endsWith("no rule routed it and there is no fallback queue.");
        });
  }

  @Test
  void routingTheSameFunnelTwiceGivesTheSameOwners() {
    List<Optional<Owner>> first =
        route(ACCORD.routingTable(PublicHolidays.none())).stream()
            .map(r -> r.decision().owner())
            .toList();
    List<Optional<Owner>> second =
        route(ACCORD.routingTable(PublicHolidays.none())).stream()
            .map(r -> r.decision().owner())
            .toList();

    assertThat(second).isEqualTo(first);
  }

  /** Feeds the funnel through the lifecycle engine and routes each entry into a routed stage. */
  private static List<Routed> route(RoutingTable table) {
    LifecycleEngine engine = ACCORD.lifecycleEngine();
    Map<String, RecordState> states = new HashMap<>();
    RoutingContext context = RoutingContext.empty();
    List<Routed> routed = new ArrayList<>();
    for (RecordEvent event : SampleFunnel.EVENTS) {
      Optional<RecordState> before = Optional.ofNullable(states.get(event.recordId()));
      Optional<RecordState> after = engine.apply(before, event).state();
      if (after.isEmpty()) {
        continue;
      }
      RecordState state = after.get();
      states.put(state.recordId(), state);
      boolean entered = before.map(b -> !b.stage().equals(state.stage())).orElse(true);
      if (entered && table.routesOnEntering(state.stage())) {
        RoutingDecision decision = table.route(state, event.occurredAt(), context);
        context = decision.context();
        routed.add(new Routed(event, decision));
      }
    }
    return routed;
  }
}
