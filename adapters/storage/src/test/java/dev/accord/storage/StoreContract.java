package dev.accord.storage;

import static dev.accord.storage.Funnel.assigned;
import static dev.accord.storage.Funnel.called;
import static dev.accord.storage.Funnel.changed;
import static dev.accord.storage.Funnel.created;
import static dev.accord.storage.Funnel.finding;
import static dev.accord.storage.Funnel.moved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.accord.core.calendar.BusinessDuration;
import dev.accord.core.calendar.PublicHolidays;
import dev.accord.core.duplicate.DuplicateSignal;
import dev.accord.core.event.RecordEvent;
import dev.accord.core.exception.ExceptionCase;
import dev.accord.core.exception.ExceptionType;
import dev.accord.core.lifecycle.LifecycleEngine;
import dev.accord.core.lifecycle.RecordState;
import dev.accord.core.lifecycle.StageMove;
import dev.accord.core.lifecycle.Verdict;
import dev.accord.core.queue.AuditEntry;
import dev.accord.core.queue.AuditEntry.Audited;
import dev.accord.core.queue.Comment;
import dev.accord.core.queue.ExceptionPolicy;
import dev.accord.core.queue.ExceptionSeverity;
import dev.accord.core.queue.ExceptionTriage;
import dev.accord.core.queue.QueueCommand;
import dev.accord.core.queue.QueueOutcome;
import dev.accord.core.queue.QueueStatus;
import dev.accord.core.queue.QueuedException;
import dev.accord.core.routing.Owner;
import dev.accord.core.routing.RoutingDecision;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every database behind a {@link Store} must do, run against H2 and against a real PostgreSQL
 * server by the subclasses. The engine's verdicts are taken as they come: each test checks what the
 * store does with them (idempotency, atomicity, durability, ordering, rebuild).
 */
abstract class StoreContract {

  private static final int ACCORD_VERSION = 3;

  private final LifecycleEngine engine = Funnel.engine();
  private String url;
  private Store store;

  /** The JDBC URL of a new, empty database. */
  abstract String newDatabase();

  @BeforeEach
  void open() {
    url = newDatabase();
    store = Store.open(url).withEngine(engine, ACCORD_VERSION);
  }

  @AfterEach
  void close() {
    store.close();
  }

  private IngestReport ingest(RecordEvent... events) {
    return store.ingest(List.of(events), List.of(), Optional.empty());
  }

  @Test
  void anEventSeenTwiceIsStoredOnce() {
    RecordEvent create = created("L-1", "k1", 0, "new");
    RecordEvent move = moved("L-1", "k2", 5, "working");

    IngestReport first = ingest(create);
    IngestReport second = ingest(create, move, move);

    assertThat(first.receipts()).extracting(EventReceipt::arrival).containsExactly(Arrival.NEW);
    // A second delivery, from another batch or from the same one, is set aside untouched.
    assertThat(second.receipts())
        .extracting(EventReceipt::arrival)
        .containsExactly(Arrival.DUPLICATE, Arrival.NEW, Arrival.DUPLICATE);
    assertThat(second.receipts().getFirst().verdict()).isEmpty();
    assertThat(second.count(Arrival.DUPLICATE)).isEqualTo(2);
    assertThat(store.eventCount()).isEqualTo(2);
    assertThat(store.events("L-1"))
        .extracting(logged -> logged.event().idempotencyKey())
        .containsExactly("k1", "k2");
    assertThat(store.record("L-1"))
        .isEqualTo(Optional.of(Funnel.replayed(engine, List.of(create, move)).get("L-1")));
  }

  @Test
  void everyNewEventIsLoggedWithItsVerdictRejectedOnesToo() {
    IngestReport report =
        ingest(
            created("L-1", "k1", 0, "new"),
            moved("L-1", "k2", 5, "lost"),
            // lost is closed: leaving it is a blocked transition, rejected by the default
            // guardrails
            moved("L-1", "k3", 10, "working"));

    assertThat(report.receipts().get(2).verdict()).contains(Verdict.REJECTED);
    assertThat(store.events("L-1"))
        .extracting(LoggedEvent::verdict)
        .containsExactlyElementsOf(
            report.receipts().stream().map(receipt -> receipt.verdict().orElseThrow()).toList());
    assertThat(store.events("L-1")).extracting(LoggedEvent::accordVersion).containsOnly(3);
    assertThat(store.record("L-1").orElseThrow().stage()).isEqualTo("lost");
  }

  @Test
  void theLogKeepsArrivalOrderAndTheTimeOfArrival() {
    Instant now = Instant.parse("2026-02-01T08:00:00Z");
    Store clocked = store.withClock(Clock.fixed(now, ZoneOffset.UTC));

    clocked.ingest(
        List.of(created("L-1", "k1", 30, "new"), created("L-2", "k2", 0, "new")),
        List.of(),
        Optional.empty());
    clocked.ingest(List.of(moved("L-1", "k3", 40, "working")), List.of(), Optional.empty());

    List<LoggedEvent> logged = clocked.events("L-1");
    assertThat(logged)
        .extracting(entry -> entry.event().idempotencyKey())
        .containsExactly("k1", "k3");
    assertThat(logged.get(0).seq()).isLessThan(logged.get(1).seq());
    assertThat(logged).extracting(LoggedEvent::receivedAt).containsOnly(now);
    assertThat(logged.getFirst().event()).isEqualTo(created("L-1", "k1", 30, "new"));
  }

  @Test
  void aFailingBatchLeavesNothingBehind() {
    store.ingest(
        List.of(created("L-1", "k1", 0, "new")),
        List.of(finding("L-1", "f1", "Select")),
        Optional.of(new ImportCheckpoint("leads.csv", 1)));
    String cleanDigest = store.stateDigest();

    // The last event's record id is longer than any id column holds: its insert fails after the
    // batch's other rows were written, and the whole batch must go with it.
    String tooLong = "L-" + "9".repeat(1000);
    assertThatThrownBy(() ->
            store.ingest(
                List.of(
                    created("L-2", "k2", 1, "new"),
                    moved("L-1", "k3", 2, "working"),
                    created(tooLong, "k4", 3, "new")),
                List.of(finding("L-2", "f2", "N/A")),
                Optional.of(new ImportCheckpoint("leads.csv", 4))))
        .isInstanceOf(StorageException.class)
        .hasMessageStartingWith("storing 3 events failed: ");

    assertThat(store.eventCount()).isEqualTo(1);
    assertThat(store.record("L-2")).isEmpty();
    assertThat(store.stateDigest()).isEqualTo(cleanDigest);
    assertThat(store.exceptions(Optional.empty(), 10, 0)).hasSize(1);
    assertThat(store.checkpoint("leads.csv")).contains(new ImportCheckpoint("leads.csv", 1));
    // The store is still usable, and the same events (minus the bad one) now go in.
    IngestReport retry = ingest(created("L-2", "k2", 1, "new"), moved("L-1", "k3", 2, "working"));
    assertThat(retry.count(Arrival.NEW)).isEqualTo(2);
  }

  @Test
  void theCheckpointIsSavedInTheTransactionOfItsRows() {
    assertThat(store.checkpoint("leads.csv")).isEmpty();

    store.ingest(
        List.of(created("L-1", "k1", 0, "new")),
        List.of(),
        Optional.of(new ImportCheckpoint("leads.csv", 500)));
    store.ingest(
        List.of(created("L-2", "k2", 0, "new")),
        List.of(),
        Optional.of(new ImportCheckpoint("leads.csv", 1000)));
    store.ingest(
        List.of(created("O-1", "k3", 0, "new")),
        List.of(),
        Optional.of(new ImportCheckpoint("deals.csv", 1)));
    store.ingest(List.of(moved("L-1", "k4", 1, "working")), List.of(), Optional.empty());

    assertThat(store.checkpoint("leads.csv")).contains(new ImportCheckpoint("leads.csv", 1000));
    assertThat(store.checkpoint("deals.csv")).contains(new ImportCheckpoint("deals.csv", 1));
  }

  @Test
  void aFinishedImportLeavesNoCheckpointSoItsNextRunReadsFromTheStart() {
    store.ingest(
        List.of(created("L-1", "k1", 0, "new")),
        List.of(),
        Optional.of(new ImportCheckpoint("leads.csv", 1)));
    store.ingest(
        List.of(created("O-1", "k2", 0, "new")),
        List.of(),
        Optional.of(new ImportCheckpoint("deals.csv", 1)));

    store.finishImport("leads.csv");

    assertThat(store.checkpoint("leads.csv")).isEmpty();
    assertThat(store.checkpoint("deals.csv")).contains(new ImportCheckpoint("deals.csv", 1));
    assertThat(store.eventCount()).isEqualTo(2);
  }

  @Test
  void anExceptionIsQueuedOnceHoweverOftenItIsRaised() {
    List<ExceptionCase> findings =
        List.of(finding("L-1", "f1", "Select"), finding("L-2", "f2", "-"));

    IngestReport first = store.ingest(List.of(), findings, Optional.empty());
    IngestReport again =
        store.ingest(List.of(), List.of(findings.get(1), findings.get(1)), Optional.empty());
    // The engine's exceptions for an event delivered twice are queued once too.
    ingest(created("L-3", "k1", 0, "new"), moved("L-3", "k2", 1, "lost"));
    ingest(moved("L-3", "k3", 2, "new"), moved("L-3", "k3", 2, "new"));
    IngestReport replayed = ingest(moved("L-3", "k3", 2, "new"));

    assertThat(first.newExceptions()).isEqualTo(2);
    assertThat(again.newExceptions()).isZero();
    assertThat(replayed.newExceptions()).isZero();
    assertThat(store.exceptions(Optional.empty(), 2, 0)).isEqualTo(findings);
    assertThat(store.exceptions(Optional.of("L-2"), 10, 0)).containsExactly(findings.get(1));
    assertThat(store.exceptionCounts()).containsEntry(ExceptionType.DATA_QUALITY, 2L);
    List<ExceptionCase> raisedOnL3 = store.exceptions(Optional.of("L-3"), 10, 0);
    assertThat(raisedOnL3).isNotEmpty().doesNotHaveDuplicates();
    assertThat(raisedOnL3.size()).isEqualTo(store.exceptions(Optional.empty(), 100, 0).size() - 2);
  }

  @Test
  void theQueueIsWorkedThroughItsWorkflowAndEveryChangeLeavesATrail() {
    Instant now = Instant.parse("2026-01-06T12:00:00Z");
    ExceptionPolicy dataQuality =
        new ExceptionPolicy(
            ExceptionType.DATA_QUALITY, "ops", ExceptionSeverity.HIGH, BusinessDuration.hours(2));
    Store queue =
        store
            .withTriage(
                ExceptionTriage.of(
                    List.of(dataQuality),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    PublicHolidays.none()))
            .withClock(Clock.fixed(now, ZoneOffset.UTC));
    queue.ingest(
        List.of(),
        List.of(finding("L-1", "f1", "Select"), finding("L-2", "f2", "-")),
        Optional.empty());
    ingest(
        created("L-3", "k1", 0, "new"),
        moved("L-3", "k2", 1, "lost"),
        moved("L-3", "k3", 2, "new"));

    List<QueuedException> findings =
        queue.queue(
            new QueueFilter(
                Optional.empty(), Optional.of(ExceptionType.DATA_QUALITY), Optional.empty()),
            10,
            0);
    assertThat(findings).hasSize(2);
    QueuedException first = findings.getFirst();
    // No calendar in this accord: the two hours run around the clock from the finding's event.
    assertThat(first.owner()).isEqualTo("ops");
    assertThat(first.severity()).isEqualTo(ExceptionSeverity.HIGH);
    assertThat(first.dueAt()).isEqualTo(first.raisedAt().plusSeconds(7200));
    assertThat(first.status()).isEqualTo(QueueStatus.OPEN);
    // The lifecycle's exceptions were queued by the store without the triage: to revops.
    assertThat(
            queue.queue(
                new QueueFilter(Optional.empty(), Optional.empty(), Optional.of("revops")), 10, 0))
        .isNotEmpty()
        .allSatisfy(e -> assertThat(e.exceptionCase().recordId()).isEqualTo("L-3"));

    assertThat(queue.change(first.id(), new QueueCommand.Assign("ana", "priya")))
        .containsInstanceOf(QueueOutcome.Changed.class);
    assertThat(queue.change(first.id(), new QueueCommand.Move(QueueStatus.IN_PROGRESS, "ana")))
        .containsInstanceOf(QueueOutcome.Changed.class);
    assertThat(queue.change(first.id(), new QueueCommand.AddComment("CRM fixed", "ana")))
        .containsInstanceOf(QueueOutcome.Changed.class);
    assertThat(
            queue.change(
                first.id(),
                new QueueCommand.Resolve(
                    QueueStatus.RESOLVED, "fixed_in_crm", Optional.of("done"), "ana")))
        .containsInstanceOf(QueueOutcome.Changed.class);
    // A refused command stores nothing, not even an audit entry.
    assertThat(queue.change(first.id(), new QueueCommand.Assign("bob", "ana")))
        .contains(
            new QueueOutcome.Refused("the exception is resolved; reopen it before assigning it"));
    assertThat(queue.change("no-such-id", new QueueCommand.Assign("bob", "ana"))).isEmpty();

    QueuedException resolved = queue.queuedException(first.id()).orElseThrow();
    assertThat(resolved.owner()).isEqualTo("ana");
    assertThat(resolved.status()).isEqualTo(QueueStatus.RESOLVED);
    assertThat(resolved.resolutionCode()).contains("fixed_in_crm");
    assertThat(resolved.comments())
        .containsExactly(new Comment(now, "ana", "CRM fixed"), new Comment(now, "ana", "done"));
    assertThat(resolved.audit())
        .containsExactly(
            new AuditEntry(now, "priya", Audited.OWNER, "ops", "ana"),
            new AuditEntry(now, "ana", Audited.STATUS, "open", "in_progress"),
            new AuditEntry(now, "ana", Audited.COMMENT, "", "CRM fixed"),
            new AuditEntry(now, "ana", Audited.STATUS, "in_progress", "resolved"),
            new AuditEntry(now, "ana", Audited.RESOLUTION_CODE, "", "fixed_in_crm"),
            new AuditEntry(now, "ana", Audited.COMMENT, "", "done"));
    assertThat(
            queue.queue(
                new QueueFilter(
                    Optional.of(QueueStatus.RESOLVED), Optional.empty(), Optional.of("ana")),
                10,
                0))
        .containsExactly(resolved);
    assertThat(queue.exceptionIdsStartingWith(first.id().substring(0, 12), 2))
        .containsExactly(first.id());
  }

  @Test
  void aDisputeRaisedTwiceIsQueuedOnce() {
    var dispute =
        ExceptionCase.ReportingDispute.raise(
            "mql_to_sql", "counts test leads", "olivia", Instant.parse("2026-01-06T12:00:00Z"));

    QueuedException raised = store.raise(dispute);
    QueuedException again = store.raise(dispute);

    assertThat(again).isEqualTo(raised);
    assertThat(raised.exceptionCase()).isEqualTo(dispute);
    assertThat(raised.owner()).isEqualTo("revops");
    assertThat(store.exceptionCounts())
        .containsExactly(Map.entry(ExceptionType.REPORTING_DISPUTE, 1L));
  }

  @Test
  void aRecordEnteringARoutedStageGetsItsDecisionStored() {
    Store routing = store.withRouting(Funnel.routing());

    routing.ingest(
        List.of(
            created("L-1", "k1", 0, "new"),
            changed("L-1", "k2", 1, "country", "DE"),
            moved("L-1", "k3", 5, "working")),
        List.of(),
        Optional.empty());

    List<LoggedDecision> decisions = routing.routingDecisions("L-1");
    assertThat(decisions).extracting(LoggedDecision::eventKey).containsExactly("k3");
    RoutingDecision decision = decisions.getFirst().decision();
    assertThat(decision.stage()).isEqualTo("working");
    assertThat(decision.decidedAt()).isEqualTo(Funnel.at(5));
    assertThat(decision.owner()).contains(new Owner.Person("ann"));
    assertThat(decision.rule()).contains("germany");
    assertThat(decision.matchedOn()).containsExactlyEntriesOf(Map.of("country", "DE"));
    assertThat(decision.describe())
        .startsWith("Record L-1 went to ann by rule germany on country=DE");
    // Creation in new is not a routed stage: only the move into working was routed.
    assertThat(routing.exceptionCounts()).isEmpty();
  }

  @Test
  void roundRobinTurnsAndLoadsCarryOverFromOneImportToTheNext() {
    store.withRouting(Funnel.routing()).ingest(germanLead("L-1", 0), List.of(), Optional.empty());
    // A store opened afresh knows nothing in memory: the rotation's place comes from the ledger.
    try (Store reopened =
        Store.open(url).withEngine(engine, ACCORD_VERSION).withRouting(Funnel.routing())) {
      reopened.ingest(germanLead("L-2", 10), List.of(), Optional.empty());
      reopened.ingest(germanLead("L-3", 20), List.of(), Optional.empty());

      assertThat(List.of("L-1", "L-2", "L-3"))
          .extracting(id -> reopened.routingDecisions(id).getFirst().decision().owner())
          .containsExactly(
              Optional.of(new Owner.Person("ann")),
              Optional.of(new Owner.Person("bob")),
              Optional.of(new Owner.Person("cat")));
    }
  }

  @Test
  void aCreatedRecordTheCheckFlagsIsQueuedOnceAlsoWhenDeliveredTwice() {
    List<String> asked = new ArrayList<>();
    // The check stands in for the matching adapter: L-2 looks like L-1, nothing else looks alike.
    DuplicateCheck check =
        created -> {
          asked.add(created.header().recordId());
          if (!created.header().recordId().equals("L-2")) {
            return List.of();
          }
          return List.of(
              new ExceptionCase.SuspectedDuplicate(
                  "L-2",
                  created.header().idempotencyKey(),
                  created.header().occurredAt(),
                  "L-1",
                  List.of(DuplicateSignal.EMAIL),
                  List.of()));
        };
    Store checked = store.withDuplicateCheck(check);
    List<RecordEvent> events =
        List.of(
            created("L-1", "k1", 0, "new"),
            created("L-2", "k2", 1, "new"),
            moved("L-2", "k3", 2, "working"));

    IngestReport first = checked.ingest(events, List.of(), Optional.empty());
    IngestReport second = checked.ingest(events, List.of(), Optional.empty());

    ExceptionCase suspected =
        new ExceptionCase.SuspectedDuplicate(
            "L-2", "k2", Funnel.at(1), "L-1", List.of(DuplicateSignal.EMAIL), List.of());
    assertThat(first.receipts().get(1).exceptions()).containsExactly(suspected);
    assertThat(first.newExceptions()).isEqualTo(1);
    // Delivered again, the creations are duplicate events: the check is not asked again.
    assertThat(second.newExceptions()).isZero();
    assertThat(asked).containsExactly("L-1", "L-2");
    assertThat(checked.exceptionCounts()).isEqualTo(Map.of(ExceptionType.SUSPECTED_DUPLICATE, 1L));
    assertThat(checked.exceptions(Optional.of("L-2"), 10, 0)).containsExactly(suspected);
  }

  @Test
  void aRecordNoRuleRoutesAndNoQueueTakesRaisesOneRoutingFailure() {
    Store routing = store.withRouting(Funnel.routing());
    List<RecordEvent> events =
        List.of(created("L-9", "k1", 0, "new"), moved("L-9", "k2", 5, "working"));

    IngestReport first = routing.ingest(events, List.of(), Optional.empty());
    // Delivered again, the events are duplicates: nothing is routed or raised a second time.
    routing.ingest(events, List.of(), Optional.empty());

    assertThat(first.receipts().get(1).exceptions())
        .singleElement()
        .isInstanceOf(ExceptionCase.RoutingFailure.class);
    assertThat(routing.exceptionCounts()).isEqualTo(Map.of(ExceptionType.ROUTING_FAILURE, 1L));
    ExceptionCase failure = routing.exceptions(Optional.of("L-9"), 10, 0).getFirst();
    assertThat(failure)
        .isEqualTo(
            new ExceptionCase.RoutingFailure(
                "L-9",
                "k2",
                Funnel.at(5),
                "working",
                List.of(
                    "rule germany: not met: country eq DE (country is empty)",
                    "no rule routed it and there is no fallback queue")));
    assertThat(routing.routingDecisions("L-9"))
        .singleElement()
        .satisfies(logged -> assertThat(logged.decision().owner()).isEmpty());
  }

  private static List<RecordEvent> germanLead(String recordId, int minute) {
    return List.of(
        created(recordId, recordId + "-created", minute, "new"),
        changed(recordId, recordId + "-country", minute + 1, "country", "DE"),
        moved(recordId, recordId + "-working", minute + 2, "working"));
  }

  @Test
  void aStoredRecordIsTheEngineStateExactly() {
    List<RecordEvent> events =
        List.of(
            created("L-1", "k1", 0, "new"),
            assigned("L-1", "k2", 3, "bo"),
            called("L-1", "k3", 4),
            changed("L-1", "k4", 5, "industry", "retail"),
            moved("L-1", "k5", 6, "working"),
            changed("L-1", "k6", 7, "email", ""),
            created("L-2", "k7", 8, "qualified"));

    ingest(events.subList(0, 3).toArray(RecordEvent[]::new));
    ingest(events.subList(3, events.size()).toArray(RecordEvent[]::new));

    Map<String, RecordState> expected = Funnel.replayed(engine, events);
    assertThat(store.record("L-1")).contains(expected.get("L-1"));
    assertThat(store.record("L-2")).contains(expected.get("L-2"));
    assertThat(store.record("L-404")).isEmpty();
    assertThat(store.stateDigest()).isEqualTo(StateDigest.of(expected.values()));
  }

  @Test
  void stageHistoryKeepsEveryMoveInOrder() {
    // Forwards, back (recycle), forwards again and a reopen: history only ever grows.
    ingest(created("L-1", "k1", 0, "new"), moved("L-1", "k2", 10, "working"));
    ingest(moved("L-1", "k3", 20, "qualified"), moved("L-1", "k4", 30, "new"));
    ingest(moved("L-1", "k5", 40, "qualified"));
    ingest(moved("L-1", "k6", 50, "working"), assigned("L-1", "k7", 51, "bo"));

    RecordState state = store.record("L-1").orElseThrow();
    assertThat(state.stageHistory())
        .extracting(StageMove::to)
        .containsExactly("new", "working", "qualified", "new", "qualified", "working");
    assertThat(state.stageHistory())
        .extracting(StageMove::eventKey)
        .containsExactly("k1", "k2", "k3", "k4", "k5", "k6");
    assertThat(state.stageHistory()).extracting(StageMove::at).isSorted();
  }

  @Test
  void aLateEventIsPutBackInOrderFromTheLoggedEvents() {
    // The late move occurred before the field change already stored, within the reorder window:
    // the engine asks the store for the record's earlier events, from the log and from the batch.
    List<RecordEvent> events =
        List.of(
            created("L-1", "k1", 0, "new"),
            changed("L-1", "k2", 30, "industry", "retail"),
            moved("L-1", "k3", 10, "working"),
            changed("L-1", "k4", 40, "industry", "media"),
            moved("L-1", "k5", 35, "qualified"));

    ingest(events.get(0), events.get(1));
    ingest(events.get(2), events.get(3), events.get(4));

    assertThat(store.record("L-1")).contains(Funnel.replayed(engine, events).get("L-1"));
  }

  @Test
  void recordsArePagedInIdOrderAndFilteredByStage() {
    ingest(
        created("L-3", "k3", 0, "working"),
        created("L-1", "k1", 0, "new"),
        created("L-5", "k5", 0, "new"),
        created("L-2", "k2", 0, "working"),
        created("L-4", "k4", 0, "new"));

    assertThat(store.countRecords()).isEqualTo(5);
    assertThat(store.records(Optional.empty(), 2, 0))
        .extracting(RecordState::recordId)
        .containsExactly("L-1", "L-2");
    assertThat(store.records(Optional.empty(), 2, 4))
        .extracting(RecordState::recordId)
        .containsExactly("L-5");
    assertThat(store.records(Optional.of("new"), 10, 1))
        .extracting(RecordState::recordId)
        .containsExactly("L-4", "L-5");
    assertThat(store.records(Optional.of("new"), 10, 0))
        .allSatisfy(state -> assertThat(state.stageHistory()).hasSize(1));
  }

  @Test
  void rebuildReproducesTheStoredStateExactly() {
    ingest(
        created("L-1", "k1", 0, "new"),
        created("L-2", "k2", 1, "new"),
        moved("L-1", "k3", 5, "working"),
        assigned("L-2", "k4", 6, "bo"));
    ingest(moved("L-1", "k5", 3, "qualified"), moved("L-2", "k6", 9, "lost"));
    ingest(moved("L-2", "k7", 12, "new"), called("L-1", "k8", 20));
    String digest = store.stateDigest();

    RebuildReport report = store.rebuild(engine);

    assertThat(report.reproduced()).isTrue();
    assertThat(report.digestBefore()).isEqualTo(digest);
    assertThat(report.digestAfter()).isEqualTo(digest);
    assertThat(report.events()).isEqualTo(8);
    assertThat(report.records()).isEqualTo(2);
    assertThat(store.stateDigest()).isEqualTo(digest);
  }

  @Test
  void rebuildRepairsAProjectionThatDrifted() throws SQLException {
    ingest(created("L-1", "k1", 0, "new"), moved("L-1", "k2", 5, "working"));
    String digest = store.stateDigest();
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      statement.executeUpdate("UPDATE record_state SET stage = 'qualified'");
      statement.executeUpdate("DELETE FROM stage_history WHERE position = 1");
    }

    RebuildReport report = store.rebuild(engine);

    assertThat(report.digestBefore()).isNotEqualTo(digest);
    assertThat(report.reproduced()).isFalse();
    assertThat(report.digestAfter()).isEqualTo(digest);
    assertThat(store.record("L-1").orElseThrow().stage()).isEqualTo("working");
  }

  @Property(tries = 15)
  void anyBatchingWithAnyRedeliveryStoresWhatTheEngineMakesOfTheEvents(
      @ForAll("deliveries") List<List<RecordEvent>> batches) {
    List<RecordEvent> all = batches.stream().flatMap(List::stream).toList();
    try (Store fresh = Store.open(newDatabase()).withEngine(engine, ACCORD_VERSION)) {
      long news = 0;
      for (List<RecordEvent> batch : batches) {
        news += fresh.ingest(batch, List.of(), Optional.empty()).count(Arrival.NEW);
      }

      Map<String, RecordState> expected = Funnel.replayed(engine, all);
      long distinctKeys = all.stream().map(RecordEvent::idempotencyKey).distinct().count();
      assertThat(news).isEqualTo(distinctKeys);
      assertThat(fresh.eventCount()).isEqualTo(distinctKeys);
      assertThat(fresh.countRecords()).isEqualTo(expected.size());
      assertThat(fresh.stateDigest()).isEqualTo(StateDigest.of(expected.values()));
      assertThat(fresh.rebuild(engine).reproduced()).isTrue();
    }
  }

  /**
   * Events on three records, with minutes that run mostly forwards but sometimes back (late events,
   * some beyond the reorder window), cut into batches; some events are sent again later.
   */
  @Provide
  Arbitrary<List<List<RecordEvent>>> deliveries() {
    Arbitrary<String> records = Arbitraries.of("L-1", "L-2", "L-3");
    Arbitrary<String> stages = Arbitraries.of("new", "working", "qualified", "lost");
    Arbitrary<Integer> minutes = Arbitraries.integers().between(0, 240);
    Arbitrary<Integer> kinds = Arbitraries.integers().between(0, 4);
    Arbitrary<RecordEvent> events =
        Combinators.combine(
                records, stages, minutes, kinds, Arbitraries.integers().between(0, 9999))
            .as((record, stage, minute, kind, nonce) -> {
              String key = record + "-" + kind + "-" + minute + "-" + nonce;
              return switch (kind) {
                case 0 -> created(record, key, minute, stage);
                case 1 -> assigned(record, key, minute, "rep-" + nonce % 3);
                case 2 -> changed(record, key, minute, "industry", "i" + nonce % 4);
                case 3 -> called(record, key, minute);
                default -> moved(record, key, minute, stage);
              };
            });
    return events
        .list()
        .ofMinSize(1)
        .ofMaxSize(30)
        .flatMap(list ->
            Arbitraries.integers()
                .between(1, 6)
                .list()
                .ofSize(list.size())
                .map(cuts -> batches(list, cuts)));
  }

  /** Cuts the events into batches and sends the first batch once more at the end. */
  private static List<List<RecordEvent>> batches(List<RecordEvent> events, List<Integer> cuts) {
    List<List<RecordEvent>> batches = new ArrayList<>();
    int from = 0;
    for (int cut : cuts) {
      if (from >= events.size()) {
        break;
      }
      int to = Math.min(events.size(), from + cut);
      batches.add(events.subList(from, to));
      from = to;
    }
    batches.add(batches.getFirst());
    return batches;
  }
}
