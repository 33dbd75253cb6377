package dev.accord.core.routing;

import dev.accord.core.shared.Values;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What routing knows of the world beyond the accord at the moment it decides, as one immutable
 * value: how many open records each person holds, who is out of office when, the existing accounts
 * and their owners, and whose turn it is in each team's rotation.
 *
 * <p>Every decision hands back the context it leaves behind — the rotation moved on, the new
 * owner's open records counted — so routing a stream of records is a fold, and replaying the same
 * records from the same context gives the same owners.
 *
 * @param openRecords how many open records each person holds; a person not listed holds none
 * @param absences the times people are out of office
 * @param accounts the existing accounts, for the account-owner strategy
 * @param turns the position of the next turn in each team's rotation; a team not listed starts at
 *     the beginning
 */
public record RoutingContext(
    Map<String, Integer> openRecords,
    List<Absence> absences,
    AccountIndex accounts,
    Map<String, Integer> turns) {

  public RoutingContext {
    openRecords = Map.copyOf(openRecords);
    absences = Values.list(absences);
    Objects.requireNonNull(accounts, "accounts");
    turns = Map.copyOf(turns);
  }

  /** Nobody holds a record, nobody is away, no account exists, every rotation at its start. */
  public static RoutingContext empty() {
    return new RoutingContext(Map.of(), List.of(), AccountIndex.empty(), Map.of());
  }

  public RoutingContext withOpenRecords(String person, int count) {
    Map<String, Integer> open = new HashMap<>(openRecords);
    open.put(person, count);
    return new RoutingContext(open, absences, accounts, turns);
  }

  public RoutingContext withAbsence(Absence absence) {
    List<Absence> all = new ArrayList<>(absences);
    all.add(absence);
    return new RoutingContext(openRecords, all, accounts, turns);
  }

  public RoutingContext withAccounts(AccountIndex index) {
    return new RoutingContext(openRecords, absences, index, turns);
  }

  /**
   * The context after a record routing gave the person was closed or given to someone else: one
   * open record fewer for them, never below none.
   */
  public RoutingContext afterReleasing(String person) {
    return withOpenRecords(person, Math.max(0, openRecordsOf(person) - 1));
  }

  public int openRecordsOf(String person) {
    return openRecords.getOrDefault(person, 0);
  }

  public boolean isAway(String person, Instant at) {
    return absences.stream().anyMatch(a -> a.person().equals(person) && a.covers(at));
  }

  /** The position of the next turn in the team's rotation. */
  public int turnIn(String team) {
    return turns.getOrDefault(team, 0);
  }

  /** The context after a record went to a person: one more open record for them. */
  RoutingContext afterAssigning(String person) {
    return withOpenRecords(person, openRecordsOf(person) + 1);
  }

  /**
   * The context after a turn in the team's rotation was taken: the next turn is at the position.
   */
  RoutingContext withTurn(String team, int next) {
    Map<String, Integer> moved = new HashMap<>(turns);
    moved.put(team, next);
    return new RoutingContext(openRecords, absences, accounts, moved);
  }
}
