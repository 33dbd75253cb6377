package dev.accord.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.core.event.ActivityType;
import dev.accord.core.event.EventHeader;
import dev.accord.core.event.RecordEvent;
import dev.accord.core.event.RecordEvent.ActivityLogged;
import dev.accord.core.event.RecordEvent.DispositionRecorded;
import dev.accord.core.event.RecordEvent.FieldsChanged;
import dev.accord.core.event.RecordEvent.OwnerAssigned;
import dev.accord.core.event.RecordEvent.RecordCreated;
import dev.accord.core.event.RecordEvent.StageChanged;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Properties of the engine over generated histories of one lead: creations (some in stages of
 * another object or of no object at all), moves to any stage with or without reason codes, field
 * changes with real values, placeholders and blanks, owners, touches and dispositions.
 */
class LifecycleEnginePropertiesTest {

  private static final Instant START = Instant.parse("2026-01-05T09:00:00Z");

  /** A history in the order it happened, and the order its events arrived in. */
  record Arrival(List<RecordEvent> history, List<RecordEvent> arrivalOrder) {}

  @Property
  void theSameEventsAlwaysGiveTheSameState(
      @ForAll("guardrails") Guardrails guardrails,
      @ForAll("spreadHistories") List<RecordEvent> events) {
    // Two engines compiled separately share nothing: no cache, no iteration order to lean on.
    LifecycleEngine one = Engines.fixture(guardrails);
    LifecycleEngine other = Engines.fixture(guardrails);

    assertThat(ingested(one, events)).isEqualTo(ingested(other, events));
    assertThat(one.replay(events)).isEqualTo(other.replay(events));
  }

  @Property
  void lateEventsWithinTheWindowEndAsIfTheyHadArrivedInOrder(
      @ForAll("reorderedHistories") Arrival arrival) {
    // No rule refuses an event here, so only the order of arrival differs. (A refused event does
    // not advance its record's clock, so an event arriving after it is not seen as late.)
    LifecycleEngine engine = Engines.fixture(Engines.flaggingEverything());
    List<RecordEvent> sorted = new ArrayList<>(arrival.history());
    sorted.sort(Comparator.comparing(RecordEvent::occurredAt));

    Optional<RecordState> inArrivalOrder = finalState(ingested(engine, arrival.arrivalOrder()));
    Optional<RecordState> inOrder = finalState(ingested(engine, sorted));

    assertThat(inArrivalOrder).isEqualTo(inOrder);
  }

  @Property
  void replayIsIngestingEachEventInTurn(
      @ForAll("guardrails") Guardrails guardrails,
      @ForAll("spreadHistories") List<RecordEvent> events) {
    LifecycleEngine engine = Engines.fixture(guardrails);

    assertThat(engine.replay(events)).isEqualTo(finalState(ingested(engine, events)));
  }

  @Property
  void applyingAnEventNeverRewritesTheStageHistory(
      @ForAll("guardrails") Guardrails guardrails,
      @ForAll("spreadHistories") List<RecordEvent> events) {
    LifecycleEngine engine = Engines.fixture(guardrails);
    Optional<RecordState> state = Optional.empty();
    for (RecordEvent event : events) {
      List<StageMove> before = history(state);
      state = engine.apply(state, event).state();
      List<StageMove> after = history(state);

      // A recycle or a reopen adds a line like any move; no line is ever edited or dropped.
      assertThat(after.size()).isBetween(before.size(), before.size() + 1);
      assertThat(after.subList(0, before.size())).isEqualTo(before);
    }
  }

  @Property
  void aLateMoveIsInsertedWithoutDroppingWhatWasRecorded(
      @ForAll("reorderedLives") Arrival arrival) {
    // A move that belongs earlier is put there. The moves recorded after it keep their lines,
    // though the next one may now start from the stage the late move entered.
    List<EventOutcome> outcomes =
        ingested(Engines.fixture(Engines.flaggingEverything()), arrival.arrivalOrder());
    for (int i = 1; i < outcomes.size(); i++) {
      assertThat(history(outcomes.get(i).state()).size())
          .isGreaterThanOrEqualTo(history(outcomes.get(i - 1).state()).size());
    }
  }

  /** Ingests the events in turn, each with a fresh copy of the ones before, as the log would. */
  private static List<EventOutcome> ingested(LifecycleEngine engine, List<RecordEvent> events) {
    List<EventOutcome> outcomes = new ArrayList<>();
    Optional<RecordState> state = Optional.empty();
    for (int i = 0; i < events.size(); i++) {
      List<RecordEvent> earlier = new ArrayList<>(events.subList(0, i));
      EventOutcome outcome = engine.ingest(state, events.get(i), () -> earlier);
      outcomes.add(outcome);
      state = outcome.state();
    }
    return outcomes;
  }

  private static Optional<RecordState> finalState(List<EventOutcome> outcomes) {
    return outcomes.isEmpty() ? Optional.empty() : outcomes.getLast().state();
  }

  private static List<StageMove> history(Optional<RecordState> state) {
    return state.map(RecordState::stageHistory).orElse(List.of());
  }

  @Provide
  Arbitrary<Guardrails> guardrails() {
    Arbitrary<Enforcement> enforcement = Arbitraries.of(Enforcement.class);
    return Combinators.combine(enforcement, enforcement, enforcement, enforcement)
        .as((transition, required, reason, order) ->
            new Guardrails(transition, required, reason, order, Duration.ofHours(1)));
  }

  /** Histories over four hours, in generated arrival order: some events are far out of order. */
  @Provide
  Arbitrary<List<RecordEvent>> spreadHistories() {
    return shapes()
        .flatMap(chosen ->
            Arbitraries.integers()
                .between(0, 4 * 3600)
                .list()
                .ofSize(chosen.size())
                .map(seconds -> events(chosen, seconds)));
  }

  /** Histories within one reorder window, with distinct instants, in two arrival orders. */
  @Provide
  Arbitrary<Arrival> reorderedHistories() {
    return reordered(shapes());
  }

  /**
   * Lives of one lead within one reorder window: a single creation in a stage of the lead funnel,
   * before everything else in time (though not always in arrival), then moves and changes.
   */
  @Provide
  Arbitrary<Arrival> reorderedLives() {
    Arbitrary<Function<EventHeader, RecordEvent>> creation =
        Combinators.combine(Arbitraries.of("lead", "mql", "sal"), fieldValues())
            .as((stage, fields) ->
                header -> new RecordCreated(header, stage, fields, Optional.empty()));
    return reordered(
        Combinators.combine(creation, anyChange().list().ofMaxSize(12))
            .as(LifecycleEnginePropertiesTest::firstAndRest));
  }

  /** The first shape happens first; the arrival order is any shuffle of the history. */
  private static Arbitrary<Arrival> reordered(
      Arbitrary<List<Function<EventHeader, RecordEvent>>> shapes) {
    return shapes
        .flatMap(chosen ->
            Arbitraries.integers()
                .between(0, 3600)
                .list()
                .uniqueElements()
                .ofSize(chosen.size())
                .map(seconds -> events(chosen, seconds.stream().sorted().toList())))
        .flatMap(history -> Arbitraries.shuffle(history).map(order -> new Arrival(history, order)));
  }

  private static List<RecordEvent> events(
      List<Function<EventHeader, RecordEvent>> shapes, List<Integer> seconds) {
    List<RecordEvent> events = new ArrayList<>(shapes.size());
    for (int i = 0; i < shapes.size(); i++) {
      EventHeader header =
          new EventHeader(
              "L-1", "lead", START.plusSeconds(seconds.get(i)), "hubspot", "L-1#" + i, "maria");
      events.add(shapes.get(i).apply(header));
    }
    return events;
  }

  /** A creation first in the list, then up to twelve events, creations again among them. */
  private static Arbitrary<List<Function<EventHeader, RecordEvent>>> shapes() {
    Arbitrary<Function<EventHeader, RecordEvent>> anyEvent =
        Arbitraries.frequencyOf(List.of(Tuple.of(11, anyChange()), Tuple.of(1, creation())));
    return Combinators.combine(creation(), anyEvent.list().ofMaxSize(12))
        .as(LifecycleEnginePropertiesTest::firstAndRest);
  }

  private static <T> List<T> firstAndRest(T first, List<T> rest) {
    List<T> all = new ArrayList<>(rest.size() + 1);
    all.add(first);
    all.addAll(rest);
    return all;
  }

  private static Arbitrary<Function<EventHeader, RecordEvent>> creation() {
    return Combinators.combine(
            Arbitraries.of("lead", "lead", "mql", "sal", "won", "ghost"),
            fieldValues(),
            Arbitraries.of("maria", "alex").optional())
        .as((stage, fields, owner) -> header -> new RecordCreated(header, stage, fields, owner));
  }

  /**
   * Any event but a creation. Moves go to every kind of stage (forward, back to mql, into and out
   * of nurture, disqualified, another object's, none at all), with reason codes that one transition
   * takes and another refuses (not_ready recycles, but does not disqualify).
   */
  private static Arbitrary<Function<EventHeader, RecordEvent>> anyChange() {
    Arbitrary<Function<EventHeader, RecordEvent>> move =
        Combinators.combine(
                Arbitraries.of(
                    "lead", "mql", "sal", "sql", "nurture", "disqualified", "discovery", "ghost"),
                Arbitraries.of("spam", "no_budget", "not_ready", "bad_fit").optional())
            .as((stage, reason) -> header -> new StageChanged(header, stage, reason));
    Arbitrary<Function<EventHeader, RecordEvent>> change =
        fieldValues().map(values -> header -> new FieldsChanged(header, values));
    Arbitrary<Function<EventHeader, RecordEvent>> owner =
        Arbitraries.of("maria", "alex", "olivia")
            .map(name -> header -> new OwnerAssigned(header, name));
    Arbitrary<Function<EventHeader, RecordEvent>> touch =
        Arbitraries.of(ActivityType.class).map(type -> header -> new ActivityLogged(header, type));
    Arbitrary<Function<EventHeader, RecordEvent>> disposition =
        Arbitraries.of("spam", "no_budget")
            .map(code -> header -> new DispositionRecorded(header, code, ""));
    return Arbitraries.frequencyOf(
        List.of(
            Tuple.of(5, move),
            Tuple.of(3, change),
            Tuple.of(1, owner),
            Tuple.of(1, touch),
            Tuple.of(1, disposition)));
  }

  private static Arbitrary<Map<String, String>> fieldValues() {
    return Arbitraries.maps(
            Arbitraries.of("email", "lead_score", "country", "company", "lead_source"),
            Arbitraries.of("", "N/A", "-", "ada@example.com", "80", "40", "US", "DE"))
        .ofMaxSize(3);
  }
}
