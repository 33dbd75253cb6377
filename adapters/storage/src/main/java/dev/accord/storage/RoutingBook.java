package dev.accord.storage;

import dev.accord.core.event.RecordEvent;
import dev.accord.core.event.RecordEvent.OwnerAssigned;
import dev.accord.core.lifecycle.RecordState;
import dev.accord.core.routing.AccountEntry;
import dev.accord.core.routing.AccountIndex;
import dev.accord.core.routing.Owner;
import dev.accord.core.routing.RoutingContext;
import dev.accord.core.routing.RoutingDecision;
import dev.accord.core.routing.RoutingTable;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Routing through one batch: the context the ledger and the store's tables give — rotations and
 * loads, absences, the accounts a routed record could belong to — moved on by every decision and by
 * every record that stops counting towards its person's capacity, then written back with the
 * decisions.
 *
 * <p>A record routing gave a person holds a place in their capacity until it reaches a closed stage
 * or is given to someone else; the hold is kept per record so that it ends once.
 */
final class RoutingBook {

  private final Connection connection;
  private final RoutingTable table;
  private RoutingContext context;
  private final List<LoggedDecision> decisions = new ArrayList<>();

  /** Each touched record's hold: the person, or empty for none; absent until first asked. */
  private final Map<String, Optional<String>> holds = new LinkedHashMap<>();

  private final Map<String, Optional<String>> heldBefore = new HashMap<>();

  /** Account records of the batch as they now stand: their entry, or empty when gone. */
  private final Map<String, Optional<AccountEntry>> accounts = new LinkedHashMap<>();

  private RoutingBook(Connection connection, RoutingTable table, RoutingContext context) {
    this.connection = connection;
    this.table = table;
    this.context = context;
  }

  /** The book for a batch whose earliest event occurred at the instant. */
  static RoutingBook open(Connection connection, RoutingTable table, Instant earliest)
      throws SQLException {
    RoutingContext context = RoutingLog.ledger(connection);
    for (var absence : RoutingLog.absencesEndingAfter(connection, earliest)) {
      context = context.withAbsence(absence);
    }
    return new RoutingBook(connection, table, context);
  }

  /**
   * Takes in what an event did to its record: an account's entry changes, a record that closed or
   * went to someone else releases its person.
   */
  void observe(RecordEvent event, Optional<String> stageBefore, Optional<RecordState> after)
      throws SQLException {
    if (after.isEmpty()) {
      return;
    }
    RecordState state = after.get();
    if (table.isAccountObject(state.objectType())) {
      accounts.put(state.recordId(), table.accountOf(state));
    }
    boolean closedNow =
        table.closes(state.stage()) && !stageBefore.filter(table::closes).isPresent();
    boolean reassigned =
        event instanceof OwnerAssigned assigned
            && hold(state.recordId()).filter(p -> !p.equals(assigned.owner())).isPresent();
    if (closedNow || reassigned) {
      release(state.recordId());
    }
  }

  /** Routes the record, when the event moved it into a stage that routes records entering it. */
  Optional<RoutingDecision> route(
      Optional<String> stageBefore, Optional<RecordState> after, RecordEvent event)
      throws SQLException {
    if (after.isEmpty()) {
      return Optional.empty();
    }
    RecordState state = after.get();
    if (stageBefore.equals(Optional.of(state.stage())) || !table.routesOnEntering(state.stage())) {
      return Optional.empty();
    }
    release(state.recordId());
    RoutingDecision decision =
        table.route(state, event.occurredAt(), context.withAccounts(accountsFor(state)));
    context = decision.context().withAccounts(AccountIndex.empty());
    decisions.add(new LoggedDecision(event.idempotencyKey(), decision));
    if (decision.owner().orElse(null) instanceof Owner.Person person) {
      holds.put(state.recordId(), Optional.of(person.id()));
    }
    return Optional.of(decision);
  }

  /** The accounts the record could be found in: stored ones, then this batch's changes. */
  private AccountIndex accountsFor(RecordState state) throws SQLException {
    RoutingTable.AccountKeys keys = table.accountKeysOf(state);
    AccountIndex index = AccountIndex.empty();
    for (AccountEntry stored : RoutingLog.accountsMatching(connection, keys)) {
      if (!accounts.containsKey(stored.recordId())) {
        index = with(index, stored);
      }
    }
    for (Optional<AccountEntry> changed : accounts.values()) {
      if (changed.isPresent()) {
        index = with(index, changed.get());
      }
    }
    return index;
  }

  private static AccountIndex with(AccountIndex index, AccountEntry entry) {
    return index.withAccount(entry.domain().orElse(""), entry.company().orElse(""), entry.owner());
  }

  private Optional<String> hold(String recordId) throws SQLException {
    if (!holds.containsKey(recordId)) {
      Optional<String> stored = RoutingLog.hold(connection, recordId);
      holds.put(recordId, stored);
      heldBefore.put(recordId, stored);
    }
    return holds.get(recordId);
  }

  private void release(String recordId) throws SQLException {
    Optional<String> person = hold(recordId);
    if (person.isPresent()) {
      context = context.afterReleasing(person.get());
      holds.put(recordId, Optional.empty());
    }
  }

  /** Writes the decisions, the ledger, the holds and the accounts as the batch leaves them. */
  void save() throws SQLException {
    RoutingLog.append(connection, decisions);
    RoutingLog.saveLedger(connection, context);
    Map<String, Optional<String>> changedHolds = new LinkedHashMap<>();
    holds.forEach((recordId, person) -> {
      if (!person.equals(heldBefore.getOrDefault(recordId, Optional.empty()))) {
        changedHolds.put(recordId, person);
      }
    });
    RoutingLog.saveHolds(connection, changedHolds);
    RoutingLog.saveAccounts(connection, accounts);
  }
}
