package dev.accord.storage;

import dev.accord.core.sla.Compliance;
import dev.accord.core.sla.SlaTimer;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One run of a handoff's SLA clock on a record, as the store last saw it, with the record's owner
 * at that time: a row of the SLA board.
 */
public record StoredRun(
    String recordId,
    Optional<String> owner,
    String handoffId,
    int run,
    Instant startedAt,
    Instant dueAt,
    SlaTimer.Status status,
    Optional<Instant> stoppedAt,
    boolean breached) {

  public StoredRun {
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

  /** How the run counts towards its handoff's compliance. */
  public Compliance compliance() {
    if (breached) {
      return new Compliance(0, 1, 0, 0);
    }
    return switch (status) {
      case MET -> new Compliance(1, 0, 0, 0);
      case RUNNING, PAUSED -> new Compliance(0, 0, 1, 0);
      case WITHDRAWN -> new Compliance(0, 0, 0, 1);
    };
  }
}
