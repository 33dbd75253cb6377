package dev.accord.core.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One run of a handoff's SLA clock on one record: when it started, when it falls due, whether it is
 * running, paused or over, and which rungs of the escalation ladder have fired. A record that
 * re-enters a handoff's stage, or whose clock restarts on activity, gets a new run; the runs before
 * stay as they ended, so compliance counts every one of them.
 *
 * <p>The clock counts business time in segments: from the start, and from each resume after a
 * pause. {@code used} is the business time spent in the segments before the current one, {@code
 * budget} the business time the SLA grants from the start to its first due instant.
 *
 * @param handoffId the handoff it times
 * @param run the run's number on the record for that handoff, from 1
 * @param startedAt when the run started
 * @param dueAt the instant it is late from; moved on by pauses
 * @param status where the run stands
 * @param budget the SLA in business time, as counted on the calendar from the start
 * @param used the business time spent before the current segment
 * @param segmentStart when the current segment began: the start or the latest resume
 * @param stoppedAt when the run was met or withdrawn
 * @param breached whether the due instant came while the run was still going
 * @param firedSteps the indexes of the escalation steps that have fired, ascending
 */
public record SlaTimer(
    String handoffId,
    int run,
    Instant startedAt,
    Instant dueAt,
    Status status,
    Duration budget,
    Duration used,
    Instant segmentStart,
    Optional<Instant> stoppedAt,
    boolean breached,
    List<Integer> firedSteps) {

  /** Where a run stands. */
  public enum Status {
    /** Counting business time towards the due instant. */
    RUNNING,
    /** Stopped counting while the record sits in a pause stage. */
    PAUSED,
    /** Stopped by the event that meets the handoff, in time or not. */
    MET,
    /** Ended because the record left the handoff another way: nobody owes anything any more. */
    WITHDRAWN
  }

  public SlaTimer {
    Objects.requireNonNull(handoffId, "handoffId");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(dueAt, "dueAt");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(budget, "budget");
    Objects.requireNonNull(used, "used");
    Objects.requireNonNull(segmentStart, "segmentStart");
    Objects.requireNonNull(stoppedAt, "stoppedAt");
    firedSteps = firedSteps.stream().sorted().distinct().toList();
  }

  static SlaTimer started(String handoffId, int run, Instant at, Instant due, Duration budget) {
    return new SlaTimer(
        handoffId,
        run,
        at,
        due,
        Status.RUNNING,
        budget,
        Duration.ZERO,
        at,
        Optional.empty(),
        false,
        List.of());
  }

  /** Whether the run is still owed: running or paused. */
  public boolean isActive() {
    return status == Status.RUNNING || status == Status.PAUSED;
  }

  /** Whether it was met before its due instant. */
  public boolean metInTime() {
    return status == Status.MET && !breached;
  }

  SlaTimer fired(int step) {
    return with(
        status,
        dueAt,
        used,
        segmentStart,
        stoppedAt,
        breached,
        Stream.concat(firedSteps.stream(), Stream.of(step)).toList());
  }

  SlaTimer breachedNow() {
    return with(status, dueAt, used, segmentStart, stoppedAt, true, firedSteps);
  }

  SlaTimer stopped(Status end, Instant at) {
    return with(end, dueAt, used, segmentStart, Optional.of(at), breached, firedSteps);
  }

  SlaTimer paused(Duration usedByNow) {
    return with(Status.PAUSED, dueAt, usedByNow, segmentStart, stoppedAt, breached, firedSteps);
  }

  SlaTimer resumed(Instant at, Instant newDue) {
    return with(Status.RUNNING, newDue, used, at, stoppedAt, breached, firedSteps);
  }

  private SlaTimer with(
      Status newStatus,
      Instant newDue,
      Duration newUsed,
      Instant newSegmentStart,
      Optional<Instant> newStoppedAt,
      boolean newBreached,
      List<Integer> newFiredSteps) {
    return new SlaTimer(
        handoffId,
        run,
        startedAt,
        newDue,
        newStatus,
        budget,
        newUsed,
        newSegmentStart,
        newStoppedAt,
        newBreached,
        newFiredSteps);
  }
}
