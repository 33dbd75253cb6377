package dev.accord.core.sla;

import dev.accord.core.exception.ExceptionCase.SlaBreach;
import dev.accord.core.shared.Values;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Something that happened to a handoff's clock on a record: it started, was met, ran past its due
 * instant or was withdrawn; a rung of its escalation ladder came due; an exception was opened. The
 * family is closed so that whoever acts on outcomes — the notifier, the exception queue, the
 * scorecard — handles every kind.
 */
public sealed interface SlaOutcome {

  String recordId();

  String handoffId();

  /** When it happened: the event's instant, or the instant the clock reached. */
  Instant at();

  /** A run of the clock started. */
  record TimerStarted(String recordId, String handoffId, int run, Instant at, Instant dueAt)
      implements SlaOutcome {
    public TimerStarted {
      Objects.requireNonNull(recordId, "recordId");
      Objects.requireNonNull(handoffId, "handoffId");
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(dueAt, "dueAt");
    }
  }

  /** The run was met; {@code inTime} when that came before its due instant. */
  record TimerMet(
      String recordId, String handoffId, int run, Instant at, Instant dueAt, boolean inTime)
      implements SlaOutcome {
    public TimerMet {
      Objects.requireNonNull(recordId, "recordId");
      Objects.requireNonNull(handoffId, "handoffId");
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(dueAt, "dueAt");
    }
  }

  /** The run reached its due instant unmet; {@code at} is the due instant itself. */
  record TimerBreached(String recordId, String handoffId, int run, Instant startedAt, Instant at)
      implements SlaOutcome {
    public TimerBreached {
      Objects.requireNonNull(recordId, "recordId");
      Objects.requireNonNull(handoffId, "handoffId");
      Objects.requireNonNull(startedAt, "startedAt");
      Objects.requireNonNull(at, "at");
    }
  }

  /** The record left the handoff before the run was met or late: nobody owes it any more. */
  record TimerWithdrawn(String recordId, String handoffId, int run, Instant at)
      implements SlaOutcome {
    public TimerWithdrawn {
      Objects.requireNonNull(recordId, "recordId");
      Objects.requireNonNull(handoffId, "handoffId");
      Objects.requireNonNull(at, "at");
    }
  }

  /**
   * A rung of the escalation ladder came due: tell the recipients, resolved for the record — its
   * owner, the owning team's manager, and the teams and people the step names.
   *
   * @param stepIndex the step's place in the handoff's ladder, from 0
   * @param dueAt the run's due instant, for the message
   * @param recipients team and person ids, each once, in the order the step names them
   */
  record EscalationDue(
      String recordId,
      String handoffId,
      int run,
      Instant at,
      int stepIndex,
      EscalationStep step,
      Instant dueAt,
      List<String> recipients)
      implements SlaOutcome {
    public EscalationDue {
      Objects.requireNonNull(recordId, "recordId");
      Objects.requireNonNull(handoffId, "handoffId");
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(step, "step");
      Objects.requireNonNull(dueAt, "dueAt");
      recipients = Values.list(recipients);
    }
  }

  /** A rung whose action is {@code open_exception} fired: the breach goes to the queue. */
  record ExceptionOpened(SlaBreach exception) implements SlaOutcome {
    public ExceptionOpened {
      Objects.requireNonNull(exception, "exception");
    }

    @Override
    public String recordId() {
      return exception.recordId();
    }

    @Override
    public String handoffId() {
      return exception.handoffId();
    }

    @Override
    public Instant at() {
      return exception.occurredAt();
    }
  }
}
