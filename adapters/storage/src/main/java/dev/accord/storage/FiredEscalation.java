package dev.accord.storage;

import dev.accord.core.shared.Values;
import dev.accord.core.sla.SlaOutcome.EscalationDue;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A rung of an escalation ladder that fired on a record, as the store logged it until it is
 * dispatched to the notification channels. The step itself is the accord's: the handoff's ladder at
 * {@code stepIndex}.
 *
 * @param key the same escalation's key however often it is replayed
 * @param firedAt the instant the rung came due
 * @param dueAt the run's due instant
 * @param recipients team and person ids, resolved for the record when it fired
 */
public record FiredEscalation(
    String key,
    String recordId,
    String handoffId,
    int run,
    int stepIndex,
    Instant firedAt,
    Instant dueAt,
    List<String> recipients) {

  public FiredEscalation {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(recordId, "recordId");
    Objects.requireNonNull(handoffId, "handoffId");
    Objects.requireNonNull(firedAt, "firedAt");
    Objects.requireNonNull(dueAt, "dueAt");
    recipients = Values.list(recipients);
  }

  static String keyOf(EscalationDue due) {
    return due.handoffId() + ":" + due.recordId() + ":" + due.run() + ":" + due.stepIndex();
  }
}
