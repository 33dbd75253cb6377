package dev.accord.storage;

import static dev.accord.storage.Funnel.assigned;
import static dev.accord.storage.Funnel.called;
import static dev.accord.storage.Funnel.created;
import static dev.accord.storage.Funnel.moved;
import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.core.event.RecordEvent;
import dev.accord.core.exception.ExceptionCase;
import dev.accord.core.exception.ExceptionType;
import dev.accord.core.sla.Compliance;
import dev.accord.core.sla.SlaTimer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a store with an SLA engine must do with the handoff contract's clocks, on every database:
 * keep them per record across batches, fire breaches and escalation rungs once however often time
 * is advanced, queue the breach, count compliance, rebuild them to the same state, and keep the
 * outbox of notifications.
 */
abstract class ClockContract {

  private Store store;

  abstract String newDatabase();

  @BeforeEach
  void open() {
    store = newStore();
  }

  private Store newStore() {
    return Store.open(newDatabase()).withEngine(Funnel.engine(), 1).withSla(Funnel.sla());
  }

  @AfterEach
  void close() {
    store.close();
  }

  private static List<RecordEvent> touchedInTime() {
    return List.of(
        created("L-1", "a1", 0, "new"),
        assigned("L-1", "a2", 1, "maria"),
        moved("L-1", "a3", 5, "working"),
        called("L-1", "a4", 20));
  }

  private static List<RecordEvent> neverTouched() {
    return List.of(created("L-2", "b1", 0, "new"), moved("L-2", "b2", 5, "working"));
  }

  private void ingest(Store into, List<RecordEvent> events) {
    into.ingest(events, List.of(), Optional.empty());
  }

  @Test
  void clocksCarryOverFromOneBatchToTheNext() {
    List<RecordEvent> events = touchedInTime();
    ingest(store, events.subList(0, 3));
    ingest(store, events.subList(3, 4));

    SlaTimer run = store.slaClocks("L-1").orElseThrow().timers().getFirst();
    assertThat(run.status()).isEqualTo(SlaTimer.Status.MET);
    assertThat(run.metInTime()).isTrue();
    assertThat(run.dueAt()).isEqualTo(Funnel.at(65));
    assertThat(store.slaCompliance())
        .isEqualTo(Map.of("first_touch", Map.of("maria", new Compliance(1, 0, 0, 0))));
  }

  @Test
  void timePassingBreachesEscalatesAndQueuesTheBreachOnce() {
    ingest(store, neverTouched());

    ClockReport first = store.advanceClocks(Funnel.at(200));
    ClockReport again = store.advanceClocks(Funnel.at(200));

    // Reminder at 35 minutes, breach at 65, manager told at 65, exception at 125.
    assertThat(first).isEqualTo(new ClockReport(1, 1, 3, 1));
    assertThat(again).isEqualTo(ClockReport.NOTHING);
    assertThat(store.undispatchedEscalations(10))
        .extracting(
            FiredEscalation::stepIndex, FiredEscalation::firedAt, FiredEscalation::recipients)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(0, Funnel.at(35), List.of("ana")),
            org.assertj.core.groups.Tuple.tuple(1, Funnel.at(65), List.of("maria")),
            org.assertj.core.groups.Tuple.tuple(2, Funnel.at(125), List.of("sdr")));
    assertThat(store.exceptionCounts()).isEqualTo(Map.of(ExceptionType.SLA_BREACH, 1L));
    ExceptionCase.SlaBreach breach =
        (ExceptionCase.SlaBreach) store.exceptions(Optional.of("L-2"), 10, 0).getFirst();
    assertThat(breach.dueAt()).isEqualTo(Funnel.at(65));
    assertThat(store.slaRuns(RunFilter.all(), 10, 0))
        .singleElement()
        .satisfies(run -> {
          assertThat(run.owner()).contains("ana");
          assertThat(run.isOpen()).isTrue();
          assertThat(run.breached()).isTrue();
        });
    assertThat(store.nextFiring()).isEmpty();
  }

  @Test
  void aSchedulerAdvancingBetweenEventsEndsWhereAReplayEnds() {
    // Live: the clock is advanced by a scheduler while the lead waits, then it is touched late.
    List<RecordEvent> events =
        List.of(
            created("L-3", "c1", 0, "new"),
            assigned("L-3", "c2", 1, "maria"),
            moved("L-3", "c3", 5, "working"),
            called("L-3", "c4", 100));
    ingest(store, events.subList(0, 3));
    store.advanceClocks(Funnel.at(40));
    store.advanceClocks(Funnel.at(70));
    ingest(store, events.subList(3, 4));

    try (Store replay = newStore()) {
      ingest(replay, events);

      assertThat(replay.slaClocks("L-3")).isEqualTo(store.slaClocks("L-3"));
      assertThat(replay.undispatchedEscalations(10)).isEqualTo(store.undispatchedEscalations(10));
    }
  }

  @Test
  void aRebuildReplaysTheClocksToTheSameStateAndFiresNothingAgain() {
    ingest(store, touchedInTime());
    ingest(store, neverTouched());
    store.advanceClocks(Funnel.at(200));
    var clocksBefore = List.of(store.slaClocks("L-1"), store.slaClocks("L-2"));
    var escalationsBefore = store.undispatchedEscalations(10);

    store.rebuild(Funnel.engine());

    assertThat(List.of(store.slaClocks("L-1"), store.slaClocks("L-2"))).isEqualTo(clocksBefore);
    assertThat(store.undispatchedEscalations(10)).isEqualTo(escalationsBefore);
    assertThat(store.slaCompliance().get("first_touch"))
        .isEqualTo(Map.of("maria", new Compliance(1, 0, 0, 0), "ana", new Compliance(0, 1, 0, 0)));
  }

  @Test
  void theOutboxKeepsADeliveryUntilItIsMadeAndAfterwards() {
    Instant now = Instant.parse("2026-01-05T12:00:00Z");
    Store clocked = store.withClock(Clock.fixed(now, ZoneOffset.UTC));
    ingest(clocked, neverTouched());
    clocked.advanceClocks(Funnel.at(40));
    FiredEscalation reminder = clocked.undispatchedEscalations(10).getFirst();

    clocked.dispatch(
        reminder,
        "sent",
        List.of(OutboxEntry.owed(reminder.key() + "@log", "log", "{\"text\":\"hi\"}", now)));
    clocked.deliveryFailed(reminder.key() + "@log", 1, "connection refused", now);

    assertThat(clocked.undispatchedEscalations(10)).isEmpty();
    assertThat(clocked.owedDeliveries())
        .singleElement()
        .satisfies(owed -> {
          assertThat(owed.attempts()).isEqualTo(1);
          assertThat(owed.lastError()).contains("connection refused");
        });

    clocked.delivered(reminder.key() + "@log", now.plusSeconds(5));
    // Owing it again, as a dispatcher restarted mid-way would, changes nothing.
    clocked.owe(List.of(OutboxEntry.owed(reminder.key() + "@log", "log", "{}", now)));

    assertThat(clocked.owedDeliveries()).isEmpty();
    assertThat(clocked.recentDeliveries(5))
        .singleElement()
        .satisfies(made -> {
          assertThat(made.deliveredAt()).contains(now.plusSeconds(5));
          assertThat(made.payload()).isEqualTo("{\"text\":\"hi\"}");
        });
  }
}
