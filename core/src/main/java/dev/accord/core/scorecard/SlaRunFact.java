package dev.accord.core.scorecard;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One run of a handoff's SLA clock on a record, as the scorecard counts it, with when Accord
 * learned of its start and of its stop.
 *
 * @param recordId the record
 * @param handoff the handoff whose clock it is
 * @param started when the clock started
 * @param startKnown when Accord received the event that started it
 * @param due its business-time due instant
 * @param stopped when it was met or withdrawn; empty while it runs
 * @param stopKnown when Accord received the event that stopped it
 * @param breached whether it ran past its due instant, as the clocks last stood
 * @param withdrawn whether it was withdrawn (the record left the handoff), so it counts neither way
 */
public record SlaRunFact(
    String recordId,
    String handoff,
    Instant started,
    Instant startKnown,
    Instant due,
    Optional<Instant> stopped,
    Optional<Instant> stopKnown,
    boolean breached,
    boolean withdrawn) {

  public SlaRunFact {
    Objects.requireNonNull(recordId, "recordId");
    Objects.requireNonNull(handoff, "handoff");
    Objects.requireNonNull(started, "started");
    Objects.requireNonNull(startKnown, "startKnown");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(stopped, "stopped");
    Objects.requireNonNull(stopKnown, "stopKnown");
  }

  /** A run learned of as it happened: its start and stop known at once. */
  public static SlaRunFact asItHappened(
      String recordId,
      String handoff,
      Instant started,
      Instant due,
      Optional<Instant> stopped,
      boolean breached,
      boolean withdrawn) {
    return new SlaRunFact(
        recordId, handoff, started, started, due, stopped, stopped, breached, withdrawn);
  }
}
