package dev.accord.dashboard;

import dev.accord.core.sla.SlaTimer;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One run of a handoff's SLA clock on a record, with the record's owner: a row of the SLA board. It
 * has the fields of the store's {@code StoredRun}, so a server maps one to the other field by
 * field.
 */
public record SlaRun(
    String recordId,
    Optional<String> owner,
    String handoffId,
    int run,
    Instant startedAt,
    Instant dueAt,
    SlaTimer.Status status,
    Optional<Instant> stoppedAt,
    boolean breached) {

  public SlaRun {
    Objects.requireNonNull(recordId, "recordId");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(handoffId, "handoffId");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(dueAt, "dueAt");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(stoppedAt, "stoppedAt");
  }

  /** Whether the run is still owed: running or paused. */
  public boolean isOpen() {
    return status == SlaTimer.Status.RUNNING || status == SlaTimer.Status.PAUSED;
  }
}
