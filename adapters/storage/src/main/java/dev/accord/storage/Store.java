package dev.accord.storage;

import dev.accord.core.event.RecordEvent;
import dev.accord.core.exception.ExceptionCase;
import dev.accord.core.exception.ExceptionType;
import dev.accord.core.governance.Decision;
import dev.accord.core.lifecycle.LifecycleEngine;
import dev.accord.core.lifecycle.RecordState;
import dev.accord.core.queue.ExceptionTriage;
import dev.accord.core.queue.QueueCommand;
import dev.accord.core.queue.QueueOutcome;
import dev.accord.core.queue.QueuedException;
import dev.accord.core.routing.Absence;
import dev.accord.core.routing.RoutingTable;
import dev.accord.core.scorecard.ScorecardFacts;
import dev.accord.core.sla.Compliance;
import dev.accord.core.sla.SlaEngine;
import dev.accord.core.sla.SlaTimers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Where Accord keeps what it has seen: the append-only event log, each record's current state with
 * its stage and owner histories, the exception queue and the progress of imports, in an H2 file
 * inside the workspace or in PostgreSQL.
 *
 * <p>Events go in through {@link #ingest}, one transaction per call: an event whose idempotency key
 * the log already holds is a duplicate and changes nothing; every new one is judged by the
 * lifecycle engine the store was given with {@link #withEngine}, logged with its verdict (rejected
 * events too) and applied to its record's state. A store given a routing table with {@link
 * #withRouting} routes every record an event moves into a routed stage and keeps the decision; one
 * given a {@link DuplicateCheck} with {@link #withDuplicateCheck} queues the suspected duplicates
 * of each record it creates. {@link #rebuild} recomputes every state from the log alone and shows
 * by digest that it is the same.
 *
 * <p>A store holds one connection and is not safe for concurrent use; {@link #close} it when done.
 * A store made by {@link #withEngine} shares the connection of the one it came from.
 */
public final class Store implements AutoCloseable {

  private final Database database;
  private final Optional<Judge> judge;
  private final Clock clock;
  private final Contract contract;

  /** The engine that judges incoming events, and the accord version it stands for. */
  private record Judge(LifecycleEngine engine, int accordVersion) {}

  /** What the store enforces besides the lifecycle: the accord's handoff contract and triage. */
  private record Contract(
      ExceptionTriage triage,
      Optional<RoutingTable> routing,
      DuplicateCheck duplicates,
      Optional<SlaEngine> sla) {}

  private Store(Database database, Optional<Judge> judge, Clock clock, Contract contract) {
    this.database = database;
    this.judge = judge;
    this.clock = clock;
    this.contract = contract;
  }

  /** Opens the database at the JDBC URL and brings its schema up to date. */
  public static Store open(String jdbcUrl) {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    Database database = Database.connect(jdbcUrl);
    try {
      Migrations.apply(jdbcUrl);
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
    return new Store(
        database,
        Optional.empty(),
        Clock.systemUTC(),
        new Contract(
            ExceptionTriage.withoutAccord(),
            Optional.empty(),
            DuplicateCheck.none(),
            Optional.empty()));
  }

  /**
   * Opens the workspace's database: the one the user chose (see {@link DatabaseUrl#chosen}), or
   * else the H2 file database at {@code <workspace>/.accord/accord}, created on first use.
   */
  public static Store openWorkspace(Path workspace, Optional<String> jdbcUrl) {
    if (jdbcUrl.isPresent()) {
      return open(jdbcUrl.get());
    }
    try {
      Files.createDirectories(DatabaseUrl.workspaceDatabase(workspace).getParent());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + workspace.resolve(".accord"), e);
    }
    return open(DatabaseUrl.workspaceDefault(workspace));
  }

  /** The same store, judging the events it ingests with the engine of the given accord version. */
  public Store withEngine(LifecycleEngine engine, int accordVersion) {
    return new Store(database, Optional.of(new Judge(engine, accordVersion)), clock, contract);
  }

  /** The same store, stamping what it stores with this clock's time instead of the system's. */
  public Store withClock(Clock clock) {
    return new Store(database, judge, clock, contract);
  }

  /**
   * The same store, giving new exceptions their owner, severity and due date by this triage rather
   * than by {@link ExceptionTriage#withoutAccord()}.
   */
  public Store withTriage(ExceptionTriage newTriage) {
    Objects.requireNonNull(newTriage, "triage");
    return with(new Contract(newTriage, contract.routing(), contract.duplicates(), contract.sla()));
  }

  /**
   * The same store, routing each record that an ingested event moves into a routed stage by the
   * table, its decision stored and a record nobody could take queued as a routing failure.
   */
  public Store withRouting(RoutingTable table) {
    Objects.requireNonNull(table, "table");
    return with(
        new Contract(contract.triage(), Optional.of(table), contract.duplicates(), contract.sla()));
  }

  /**
   * The same store, putting each record an ingested event creates to the check and queuing the
   * suspected duplicates it answers with the exceptions of that event.
   */
  public Store withDuplicateCheck(DuplicateCheck check) {
    Objects.requireNonNull(check, "check");
    return with(new Contract(contract.triage(), contract.routing(), check, contract.sla()));
  }

  /**
   * The same store, moving each record's SLA clocks on with every event the engine lets in: the
   * clocks are kept per record, escalation rungs that fire are logged for dispatch and SLA-breach
   * exceptions queued. Time passing without events is {@link #advanceClocks}.
   */
  public Store withSla(SlaEngine engine) {
    Objects.requireNonNull(engine, "engine");
    return with(
        new Contract(
            contract.triage(), contract.routing(), contract.duplicates(), Optional.of(engine)));
  }

  private Store with(Contract newContract) {
    return new Store(database, judge, clock, newContract);
  }

  /**
   * Stores a batch in one transaction: new events logged and applied, duplicates skipped, the
   * exceptions the engine raised and the importer's findings queued once each, and the import's
   * checkpoint moved. If anything fails, nothing of the batch is kept.
   *
   * @param events the events, in the order they arrived
   * @param findings data-quality findings of the rows the events came from
   * @param checkpoint how far the import will have come once this batch is stored
   * @throws IllegalStateException if the store was not given an engine
   * @throws StorageException if the database failed; the batch was rolled back
   */
  public IngestReport ingest(
      List<RecordEvent> events,
      List<ExceptionCase> findings,
      Optional<ImportCheckpoint> checkpoint) {
    Judge by =
        judge.orElseThrow(() ->
            new IllegalStateException(
                "this store has no lifecycle engine to judge events; use withEngine"));
    contract.duplicates().beforeIngest();
    return database.inTransaction(
        "storing " + events.size() + " events",
        connection ->
            new Ingestion(
                    connection,
                    by.engine(),
                    contract.triage(),
                    contract.routing(),
                    contract.duplicates(),
                    contract.sla(),
                    by.accordVersion(),
                    clock.instant())
                .run(events, findings, checkpoint));
  }

  /** The record's current state, as the engine left it. */
  public Optional<RecordState> record(String recordId) {
    return database.inTransaction(
        "reading record " + recordId,
        connection ->
            StateQueries.list(connection, Selection.ids(List.of(recordId))).stream().findFirst());
  }

  /** A page of records in record id order, optionally only those now in the given stage. */
  public List<RecordState> records(Optional<String> stage, int limit, int offset) {
    return database.inTransaction(
        "reading records",
        connection -> StateQueries.list(connection, Selection.page(stage, limit, offset)));
  }

  /**
   * What the scorecard counts, read from the log's projections: a columnar snapshot to compute any
   * number of scorecards from, for any period and as of any instant.
   */
  public ScorecardFacts scorecardFacts() {
    return database.inTransaction("reading the scorecard's facts", ScorecardProjection::read);
  }

  public long countRecords() {
    return database.inTransaction("counting records", StateQueries::count);
  }

  /** How many records there are, or only those now in the given stage. */
  public long countRecords(Optional<String> stage) {
    if (stage.isEmpty()) {
      return countRecords();
    }
    return database.inTransaction(
        "counting records in " + stage.get(),
        connection -> StateQueries.count(connection, stage.get()));
  }

  /** Every logged event of the record, in arrival order, with the verdict each got. */
  public List<LoggedEvent> events(String recordId) {
    return database.inTransaction(
        "reading the events of record " + recordId,
        connection -> EventLog.events(connection, recordId));
  }

  /** The record's routing decisions, oldest first, each with the event that made it. */
  public List<LoggedDecision> routingDecisions(String recordId) {
    return database.inTransaction(
        "reading the routing decisions of record " + recordId,
        connection -> RoutingLog.of(connection, recordId));
  }

  public long eventCount() {
    return database.inTransaction("counting events", EventLog::count);
  }

  /** A page of the exception queue in the order raised, optionally of one record only. */
  public List<ExceptionCase> exceptions(Optional<String> recordId, int limit, int offset) {
    return database.inTransaction(
        "reading exceptions",
        connection -> ExceptionQueue.list(connection, recordId, limit, offset));
  }

  /** How many exceptions of each type are queued; types with none are left out. */
  public Map<ExceptionType, Long> exceptionCounts() {
    return database.inTransaction("counting exceptions", ExceptionQueue::counts);
  }

  /** A page of the queue as people work it, in the order raised, filtered. */
  public List<QueuedException> queue(QueueFilter filter, int limit, int offset) {
    return database.inTransaction(
        "reading the exception queue",
        connection -> QueueWorkflow.list(connection, filter, limit, offset));
  }

  /** How many exceptions of the queue the filter selects. */
  public long countQueue(QueueFilter filter) {
    return database.inTransaction(
        "counting the exception queue", connection -> QueueWorkflow.count(connection, filter));
  }

  /** The queued exception with the id, with its comments and audit trail. */
  public Optional<QueuedException> queuedException(String id) {
    return database.inTransaction(
        "reading exception " + id, connection -> QueueWorkflow.find(connection, id));
  }

  /**
   * The ids of queued exceptions that start with the prefix, at most {@code limit}, so that people
   * can name an exception by the first characters of its id.
   */
  public List<String> exceptionIdsStartingWith(String prefix, int limit) {
    return database.inTransaction(
        "finding exceptions " + prefix + "...",
        connection -> QueueWorkflow.idsStartingWith(connection, prefix, limit));
  }

  /**
   * Queues an exception a person raised, such as a reporting dispute, unless it is queued already,
   * and answers it as queued.
   */
  public QueuedException raise(ExceptionCase exception) {
    String id = ExceptionQueue.id(exception);
    return database.inTransaction(
        "raising " + exception.describe(),
        connection -> {
          ExceptionQueue.add(connection, List.of(exception), contract.triage());
          return QueueWorkflow.find(connection, id).orElseThrow();
        });
  }

  /**
   * Carries out a person's command on a queued exception, stamped with this store's clock: the
   * change, its audit entries and its comment are stored in one transaction, or nothing when the
   * workflow refuses it.
   *
   * @return what came of it; empty when the queue holds no exception with the id
   */
  public Optional<QueueOutcome> change(String id, QueueCommand command) {
    return database.inTransaction(
        "changing exception " + id,
        connection -> QueueWorkflow.apply(connection, id, command, clock.instant()));
  }

  /**
   * Advances every record's SLA clocks that have something due by the instant — breaches and
   * escalation rungs fire, SLA-breach exceptions are queued — a few hundred records per
   * transaction. Advancing to an instant the clocks have passed changes nothing, so a scheduler may
   * call it as often as it likes.
   *
   * @throws IllegalStateException if the store was given no SLA engine
   */
  public ClockReport advanceClocks(Instant now) {
    SlaEngine engine =
        contract
            .sla()
            .orElseThrow(
                () -> new IllegalStateException("this store has no SLA engine; use withSla"));
    ClockReport total = ClockReport.NOTHING;
    while (true) {
      ClockReport step =
          database.inTransaction(
              "advancing the SLA clocks to " + now,
              connection -> {
                Map<String, SlaTimers> due = SlaLedger.dueBy(connection, now, KnownValues.CHUNK);
                Clockwork clocks = new Clockwork(engine, due);
                List<ExceptionCase> opened = new ArrayList<>();
                for (String recordId : due.keySet()) {
                  opened.addAll(clocks.advance(recordId, now));
                }
                int rungs = clocks.save(connection);
                int queued = ExceptionQueue.add(connection, opened, contract.triage());
                return new ClockReport(due.size(), clocks.breaches(), rungs, queued);
              });
      if (step.records() == 0) {
        return total;
      }
      total = total.plus(step);
    }
  }

  /**
   * The soonest instant anything fires on any record's SLA clocks: when a scheduler should wake.
   */
  public Optional<Instant> nextFiring() {
    return database.inTransaction("finding the next SLA firing", SlaLedger::nextFiring);
  }

  /** The record's SLA clocks as they stand, if it has any. */
  public Optional<SlaTimers> slaClocks(String recordId) {
    return database.inTransaction(
        "reading the SLA clocks of record " + recordId,
        connection ->
            Optional.ofNullable(SlaLedger.clocks(connection, List.of(recordId)).get(recordId)));
  }

  /** A page of SLA runs, filtered, soonest due first. */
  public List<StoredRun> slaRuns(RunFilter filter, int limit, int offset) {
    return database.inTransaction(
        "reading SLA runs", connection -> SlaLedger.runs(connection, filter, limit, offset));
  }

  /**
   * How every handoff's runs stand, per owner at the time (the empty text for records without one);
   * handoffs in id order.
   */
  public Map<String, Map<String, Compliance>> slaCompliance() {
    return database.inTransaction("counting SLA compliance", SlaLedger::compliance);
  }

  /** Escalation rungs that fired and are not yet dispatched, oldest first. */
  public List<FiredEscalation> undispatchedEscalations(int limit) {
    return database.inTransaction(
        "reading escalations to dispatch", connection -> SlaLedger.undispatched(connection, limit));
  }

  /**
   * Marks the escalation dispatched and owes its deliveries, in one transaction: a stop between the
   * two can neither lose a notification nor send one twice.
   *
   * @param how what became of it, such as {@code sent} or {@code stale}
   * @param deliveries the deliveries it owes; none when it was set aside
   */
  public void dispatch(FiredEscalation escalation, String how, List<OutboxEntry> deliveries) {
    database.inTransaction(
        "dispatching escalation " + escalation.key(),
        connection -> {
          NotificationOutbox.add(connection, deliveries);
          SlaLedger.markDispatched(connection, escalation.key(), how, clock.instant());
          return null;
        });
  }

  /** Adds deliveries to the outbox, each once. */
  public void owe(List<OutboxEntry> deliveries) {
    database.inTransaction(
        "adding " + deliveries.size() + " deliveries to the outbox",
        connection -> {
          NotificationOutbox.add(connection, deliveries);
          return null;
        });
  }

  /** The deliveries still owed, oldest first. */
  public List<OutboxEntry> owedDeliveries() {
    return database.inTransaction("reading the outbox", NotificationOutbox::owed);
  }

  /** The latest deliveries, made or owed, newest first. */
  public List<OutboxEntry> recentDeliveries(int limit) {
    return database.inTransaction(
        "reading the outbox", connection -> NotificationOutbox.recent(connection, limit));
  }

  /** Records a failed try of an owed delivery; it stays owed. */
  public void deliveryFailed(String deliveryId, int attempts, String error, Instant at) {
    database.inTransaction(
        "recording a failed delivery",
        connection -> {
          NotificationOutbox.failed(connection, deliveryId, attempts, error, at);
          return null;
        });
  }

  /** Records that a channel took the delivery. */
  public void delivered(String deliveryId, Instant at) {
    database.inTransaction(
        "recording a delivery",
        connection -> {
          NotificationOutbox.delivered(connection, deliveryId, at);
          return null;
        });
  }

  /**
   * Records that a person is out of office from one instant up to another: round-robin passes them
   * over meanwhile, in the batches stored from now on.
   *
   * @return the absence's id
   */
  public long addAbsence(Absence absence, String note) {
    return database.inTransaction(
        "adding an absence of " + absence.person(),
        connection -> RoutingLog.addAbsence(connection, absence, note));
  }

  /** Every absence, earliest end first. */
  public List<StoredAbsence> absences() {
    return database.inTransaction(
        "reading absences", connection -> RoutingLog.absences(connection, Optional.empty()));
  }

  /** Removes an absence; false when there is none with the id. */
  public boolean removeAbsence(long id) {
    return database.inTransaction(
        "removing absence " + id, connection -> RoutingLog.removeAbsence(connection, id));
  }

  /**
   * Stores what a sender such as a CRM webhook delivered, in one transaction: the deliveries whose
   * ids the store has taken in from the source before (or that come twice in the call) are set
   * aside whole, the events of the others are ingested as {@link #ingest} does, and their ids are
   * kept, so that a second delivery of the same id adds nothing.
   *
   * @throws IllegalStateException if the store was not given an engine
   */
  public DeliveryReport ingestDeliveries(String source, List<Delivery> deliveries) {
    Objects.requireNonNull(source, "source");
    Judge by =
        judge.orElseThrow(() ->
            new IllegalStateException(
                "this store has no lifecycle engine to judge events; use withEngine"));
    contract.duplicates().beforeIngest();
    return database.inTransaction(
        "storing " + deliveries.size() + " deliveries from " + source,
        connection -> {
          Set<String> known =
              ServerTables.knownDeliveries(
                  connection, source, deliveries.stream().map(Delivery::id).toList());
          Set<String> taken = new LinkedHashSet<>();
          List<String> repeated = new ArrayList<>();
          List<RecordEvent> events = new ArrayList<>();
          for (Delivery delivery : deliveries) {
            if (known.contains(delivery.id()) || !taken.add(delivery.id())) {
              repeated.add(delivery.id());
            } else {
              events.addAll(delivery.events());
            }
          }
          IngestReport report =
              new Ingestion(
                      connection,
                      by.engine(),
                      contract.triage(),
                      contract.routing(),
                      contract.duplicates(),
                      contract.sla(),
                      by.accordVersion(),
                      clock.instant())
                  .run(events, List.of(), Optional.empty());
          ServerTables.recordDeliveries(connection, source, taken, clock.instant());
          return new DeliveryReport(report, repeated);
        });
  }

  /**
   * Issues an API token for the person, stamped with this store's clock. The store keeps only the
   * token's hash: the secret in the answer is the only copy.
   */
  public IssuedToken issueToken(String personId, String name) {
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(name, "name");
    return database.inTransaction(
        "issuing a token for " + personId,
        connection -> ServerTables.issue(connection, personId, name, clock.instant()));
  }

  /** The valid (not revoked) token with this secret, if there is one. */
  public Optional<ApiToken> token(String secret) {
    Objects.requireNonNull(secret, "secret");
    return database.inTransaction(
        "looking a token up", connection -> ServerTables.bySecret(connection, secret));
  }

  /** Every token issued, revoked ones too, in the order issued. */
  public List<ApiToken> tokens() {
    return database.inTransaction("reading the tokens", ServerTables::all);
  }

  /** Revokes the token; false when there is no valid token with the id. */
  public boolean revokeToken(long id) {
    return database.inTransaction(
        "revoking token " + id, connection -> ServerTables.revoke(connection, id, clock.instant()));
  }

  /** Appends a write made through the server to the audit log. */
  public void audit(AuditedWrite write) {
    Objects.requireNonNull(write, "write");
    database.inTransaction(
        "auditing " + write.action(),
        connection -> {
          ServerTables.audit(connection, write);
          return null;
        });
  }

  /** A page of the audit log, newest first. */
  public List<AuditedWrite> auditLog(int limit, int offset) {
    return database.inTransaction(
        "reading the audit log", connection -> ServerTables.auditLog(connection, limit, offset));
  }

  /** Checks the audit log's hash chain from its first write to its head. */
  public AuditVerification verifyAuditLog() {
    return database.inTransaction("verifying the audit log", AuditChain::verify);
  }

  /** How many writes the audit log holds. */
  public long countAuditLog() {
    return database.inTransaction("counting the audit log", ServerTables::countAudit);
  }

  /** Appends a decision to the decision log; the answer carries the number it was given. */
  public LoggedDecisionEntry logDecision(Decision decision) {
    Objects.requireNonNull(decision, "decision");
    return database.inTransaction(
        "logging a decision on " + decision.subject(),
        connection -> DecisionLog.append(connection, decision));
  }

  /** A page of the decision log, newest first; only the subject's decisions when one is given. */
  public List<LoggedDecisionEntry> decisions(Optional<String> subject, int limit, int offset) {
    Objects.requireNonNull(subject, "subject");
    return database.inTransaction(
        "reading the decision log",
        connection -> DecisionLog.page(connection, subject, limit, offset));
  }

  /** How many decisions the log holds. */
  public long countDecisions() {
    return countDecisions(Optional.empty());
  }

  /** How many decisions the log holds on the subject, or in all when none is given. */
  public long countDecisions(Optional<String> subject) {
    Objects.requireNonNull(subject, "subject");
    return database.inTransaction(
        "counting the decision log", connection -> DecisionLog.count(connection, subject));
  }

  /** Whether the database answers: a trivial query in a transaction of its own. */
  public boolean isReachable() {
    try {
      return database.inTransaction("checking the database", Database::answers);
    } catch (StorageException e) {
      return false;
    }
  }

  /** How far the import has come, if it has stored anything. */
  public Optional<ImportCheckpoint> checkpoint(String importKey) {
    return database.inTransaction(
        "reading the checkpoint of " + importKey,
        connection -> ImportProgress.find(connection, importKey));
  }

  /**
   * Ends an import that read its whole file: its checkpoint goes, so that running it again reads
   * the file from the start (and finds every event stored already) rather than resuming.
   */
  public void finishImport(String importKey) {
    database.inTransaction(
        "finishing the import " + importKey,
        connection -> {
          ImportProgress.forget(connection, importKey);
          return null;
        });
  }

  /** The {@link StateDigest} of every stored record state. */
  public String stateDigest() {
    return database.inTransaction("fingerprinting the record states", Rebuild::digest);
  }

  /**
   * Recomputes every record's state and history from the event log through the engine, in one
   * transaction, and reports the digests before and after. Routing decisions are kept as they were
   * made, like the log itself: they are what owners were told, not a projection of the log.
   */
  public RebuildReport rebuild(LifecycleEngine engine) {
    return database.inTransaction(
        "rebuilding the projections",
        connection -> Rebuild.run(connection, engine, contract.sla()));
  }

  @Override
  public void close() {
    database.close();
  }
}
