package dev.accord.core.lifecycle;

import static dev.accord.core.lifecycle.Enforcement.BLOCK;
import static dev.accord.core.lifecycle.Enforcement.FLAG;
import static dev.accord.core.lifecycle.RecordEvents.minute;
import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.core.event.RecordEvent;
import dev.accord.core.exception.ExceptionCase.InvalidTransition;
import dev.accord.core.exception.ExceptionCase.OutOfOrderEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Events arriving out of order, through ingest(); the reorder window is one hour throughout. */
class EventOrderTest {

  private final RecordEvents lead = RecordEvents.lead("L-1");

  /** Feeds events as they arrive, each with the ones before it, the way the event log would. */
  private static final class Arrivals {
    private final LifecycleEngine engine;
    private final List<RecordEvent> log = new ArrayList<>();
    private Optional<RecordState> state = Optional.empty();

    Arrivals(LifecycleEngine engine) {
      this.engine = engine;
    }

    EventOutcome arrive(RecordEvent event) {
      List<RecordEvent> earlier = List.copyOf(log);
      EventOutcome outcome = engine.ingest(state, event, () -> earlier);
      log.add(event);
      state = outcome.state();
      return outcome;
    }

    RecordState state() {
      return state.orElseThrow();
    }
  }

  private static Supplier<List<RecordEvent>> neverAsked() {
    return () -> {
      throw new AssertionError("the earlier events were asked for an event in order");
    };
  }

  @Test
  void anEventInOrderIsAppliedWithoutLookingBack() {
    LifecycleEngine engine = Engines.fixture();
    RecordState created = RecordEvents.applied(engine, lead.created(0, "lead", Map.of()));

    EventOutcome outcome =
        engine.ingest(Optional.of(created), lead.movedTo(0, "lead"), neverAsked());

    // Same instant as the latest counts as in order: arrival breaks the tie.
    assertThat(outcome.verdict()).isEqualTo(Verdict.ACCEPTED);
    assertThat(outcome.state().orElseThrow().eventCount()).isEqualTo(2);
  }

  @Test
  void aLateEventWithinTheWindowIsPutInItsPlace() {
    Arrivals arrivals = new Arrivals(Engines.fixture());
    arrivals.arrive(lead.created(0, "lead", Engines.qualifiedLeadBut("company", "")));
    arrivals.arrive(lead.changed(30, Map.of("company", "Initech")));

    // The move to mql happened at 09:10 but arrives after the 09:30 change.
    EventOutcome late = arrivals.arrive(lead.movedTo(10, "mql"));

    assertThat(late.verdict()).isEqualTo(Verdict.ACCEPTED);
    RecordState state = arrivals.state();
    assertThat(state.stage()).isEqualTo("mql");
    assertThat(state.stageHistory().getLast().at()).isEqualTo(minute(10));
    assertThat(state.stageTimes().get("lead").completedTime()).isEqualTo(Duration.ofMinutes(10));
    assertThat(state.field("company")).contains("Initech");
    assertThat(state.lastEventAt()).isEqualTo(minute(30));
    assertThat(state.eventCount()).isEqualTo(3);
  }

  @Test
  void aReorderJudgesTheLaterEventsAgainInTheirNewContext() {
    Arrivals arrivals = new Arrivals(Engines.fixture());
    arrivals.arrive(lead.created(0, "mql", Engines.QUALIFIED_LEAD));
    String toSal = lead.nextKey();
    arrivals.arrive(lead.movedTo(20, "sal"));

    // The lead was disqualified at 09:10, before the move to sal that reached us first.
    EventOutcome late = arrivals.arrive(lead.movedTo(10, "disqualified", "spam"));

    // In order, disqualified -> sal is no transition: that move no longer stands.
    assertThat(late.verdict()).isEqualTo(Verdict.ACCEPTED);
    assertThat(late.exceptions())
        .containsExactly(new InvalidTransition("L-1", toSal, minute(20), "disqualified", "sal"));
    assertThat(arrivals.state().stage()).isEqualTo("disqualified");
    assertThat(arrivals.state().stageHistory())
        .extracting(StageMove::to)
        .containsExactly("mql", "disqualified");
  }

  @Test
  void eventsThatArriveBeforeTheirRecordsCreationAreAppliedOnceItComes() {
    Arrivals arrivals = new Arrivals(Engines.fixture());

    EventOutcome orphan = arrivals.arrive(lead.changed(5, Map.of("country", "DE")));
    EventOutcome creation = arrivals.arrive(lead.created(0, "lead", Map.of()));

    assertThat(orphan.verdict()).isEqualTo(Verdict.REJECTED);
    assertThat(creation.verdict()).isEqualTo(Verdict.ACCEPTED);
    assertThat(arrivals.state().field("country")).contains("DE");
    assertThat(arrivals.state().eventCount()).isEqualTo(2);
  }

  @Test
  void anEventBeyondTheWindowIsRejectedWhenTheGuardrailBlocks() {
    LifecycleEngine engine = Engines.fixture(Engines.guardrails(BLOCK, FLAG, BLOCK, BLOCK));
    RecordState state =
        RecordEvents.applied(
            engine, lead.created(0, "lead", Map.of()), lead.changed(150, Map.of("country", "DE")));

    EventOutcome outcome =
        engine.ingest(Optional.of(state), lead.changed(60, Map.of("country", "FR")), List::of);

    assertThat(outcome.verdict()).isEqualTo(Verdict.REJECTED);
    assertThat(outcome.state()).contains(state);
    assertThat(outcome.exceptions())
        .containsExactly(
            new OutOfOrderEvent("L-1", "L-1#3", minute(60), minute(150), Duration.ofHours(1)));
    assertThat(((OutOfOrderEvent) outcome.exceptions().getFirst()).lateBy())
        .isEqualTo(Duration.ofMinutes(90));
  }

  @Test
  void anEventBeyondTheWindowIsAppliedWhereItArrivedWhenTheGuardrailFlags() {
    LifecycleEngine engine = Engines.fixture();
    RecordState state =
        RecordEvents.applied(
            engine, lead.created(0, "lead", Map.of()), lead.changed(150, Map.of("country", "DE")));

    EventOutcome outcome =
        engine.ingest(Optional.of(state), lead.changed(60, Map.of("country", "FR")), List::of);

    // Applied after the 11:30 change, so its older value wins: that is what the flag is for.
    assertThat(outcome.verdict()).isEqualTo(Verdict.FLAGGED);
    assertThat(outcome.exceptions()).singleElement().isInstanceOf(OutOfOrderEvent.class);
    assertThat(outcome.state().orElseThrow().field("country")).contains("FR");
    assertThat(outcome.state().orElseThrow().lastEventAt()).isEqualTo(minute(150));
  }

  @Test
  void anEventJustAtTheEdgeOfTheWindowIsStillReordered() {
    Arrivals arrivals = new Arrivals(Engines.fixture(Engines.blockingEverything()));
    arrivals.arrive(lead.created(0, "lead", Map.of()));
    arrivals.arrive(lead.changed(90, Map.of("country", "DE")));

    EventOutcome late = arrivals.arrive(lead.changed(30, Map.of("country", "FR")));

    assertThat(late.verdict()).isEqualTo(Verdict.ACCEPTED);
    assertThat(arrivals.state().field("country")).contains("DE");
  }

  @Test
  void anEventRefusedAsTooLateStaysOutOfALaterReorder() {
    Arrivals arrivals = new Arrivals(Engines.fixture(Engines.blockingEverything()));
    arrivals.arrive(lead.created(0, "lead", Map.of()));
    arrivals.arrive(lead.changed(120, Map.of("country", "DE")));
    EventOutcome refused = arrivals.arrive(lead.changed(30, Map.of("lead_source", "event")));

    // A later reorder rebuilds the record from its log; the refused event must not sneak in.
    arrivals.arrive(lead.changed(100, Map.of("employees", "40")));

    assertThat(refused.verdict()).isEqualTo(Verdict.REJECTED);
    assertThat(arrivals.state().fields())
        .containsExactly(Map.entry("country", "DE"), Map.entry("employees", "40"));
    assertThat(arrivals.state().eventCount()).isEqualTo(3);
  }

  @Test
  void replayGivesTheStateTheArrivalsLeft() {
    Arrivals arrivals = new Arrivals(Engines.fixture());
    List<RecordEvent> events =
        List.of(
            lead.changed(5, Map.of("country", "DE")),
            lead.created(0, "lead", Map.of("lead_score", "80")),
            lead.movedTo(40, "mql"),
            lead.assigned(20, "maria"),
            lead.movedTo(200, "disqualified", "spam"),
            lead.changed(30, Map.of("email", "ada@example.com")));
    events.forEach(arrivals::arrive);

    assertThat(Engines.fixture().replay(events)).contains(arrivals.state());
  }
}
