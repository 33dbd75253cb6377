package dev.accord.core.sla;

import dev.accord.core.shared.Values;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The SLA clocks of one record and the few facts about the record they depend on: its stage and
 * owner, when it was created, first assigned and first touched by its owner, and how far time has
 * advanced for it. The value only ever changes through {@link SlaEngine}: an event or a later
 * instant in, the next value out.
 *
 * @param recordId the record the clocks run for
 * @param asOf the latest instant the clocks have been advanced to; empty before the first event
 * @param stage the record's current stage, once it has been created
 * @param owner the record's current owner, if it has one
 * @param createdAt when the record was created
 * @param assignedAt when it was first given to an owner
 * @param firstTouchAt when its owner first touched it after that
 * @param awaitingAssignment handoffs whose clocks start once the record, in their stage, gets an
 *     owner
 * @param timers every run of every handoff's clock on the record, oldest first
 */
public record SlaTimers(
    String recordId,
    Optional<Instant> asOf,
    Optional<String> stage,
    Optional<String> owner,
    Optional<Instant> createdAt,
    Optional<Instant> assignedAt,
    Optional<Instant> firstTouchAt,
    List<String> awaitingAssignment,
    List<SlaTimer> timers) {

  public SlaTimers {
    Objects.requireNonNull(recordId, "recordId");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(assignedAt, "assignedAt");
    Objects.requireNonNull(firstTouchAt, "firstTouchAt");
    awaitingAssignment = Values.list(awaitingAssignment);
    timers = Values.list(timers);
  }

  /** A record no event has reached yet: no clocks. */
  public static SlaTimers of(String recordId) {
    return new SlaTimers(
        recordId,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        List.of());
  }

  /** The runs of one handoff's clock, oldest first. */
  public List<SlaTimer> runs(String handoffId) {
    return timers.stream().filter(timer -> timer.handoffId().equals(handoffId)).toList();
  }

  /** The run of the handoff's clock that is still owed, if one is. */
  public Optional<SlaTimer> active(String handoffId) {
    return timers.stream()
        .filter(timer -> timer.handoffId().equals(handoffId) && timer.isActive())
        .findFirst();
  }

  /** The runs breached so far, oldest first. */
  public List<SlaTimer> breaches() {
    return timers.stream().filter(SlaTimer::breached).toList();
  }

  /** How the record's runs stand, per handoff id. */
  public SortedMap<String, Compliance> compliance() {
    Map<String, Compliance> byHandoff = new TreeMap<>();
    for (SlaTimer timer : timers) {
      byHandoff.merge(timer.handoffId(), Compliance.of(timer), Compliance::plus);
    }
    return java.util.Collections.unmodifiableSortedMap(new TreeMap<>(byHandoff));
  }
}
