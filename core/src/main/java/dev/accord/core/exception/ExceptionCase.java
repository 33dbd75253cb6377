package dev.accord.core.exception;

import dev.accord.core.duplicate.DuplicateEvidence;
import dev.accord.core.duplicate.DuplicateSignal;
import dev.accord.core.shared.Values;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Something that breaks the accord, raised by the engine on an event and never dropped: it goes to
 * the exception queue with the evidence needed to resolve it.
 */
public sealed interface ExceptionCase {

  /** The record concerned. */
  String recordId();

  /** The idempotency key of the event that raised it, so the same event raises it once. */
  String eventKey();

  /** When the event that raised it occurred. */
  Instant occurredAt();

  ExceptionType type();

  /** One sentence for the queue, naming the record and what is wrong. */
  String describe();

  /** A move between stages that no transition of the pipeline allows. */
  record InvalidTransition(
      String recordId, String eventKey, Instant occurredAt, String from, String to)
      implements ExceptionCase {
    public InvalidTransition {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
    }

    @Override
    public ExceptionType type() {
      return ExceptionType.INVALID_TRANSITION;
    }

    @Override
    public String describe() {
      return "Record "
          + recordId
          + " moved from "
          + from
          + " to "
          + to
          + ", which no transition allows.";
    }
  }

  /** A stage entered without a field it requires; the value found may be a sentinel. */
  record MissingRequiredField(
      String recordId,
      String eventKey,
      Instant occurredAt,
      String stage,
      String field,
      Optional<String> found)
      implements ExceptionCase {
    public MissingRequiredField {
      Objects.requireNonNull(stage, "stage");
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(found, "found");
    }

    @Override
    public ExceptionType type() {
      return ExceptionType.MISSING_REQUIRED_FIELD;
    }

    @Override
    public String describe() {
      return "Record "
          + recordId
          + " entered "
          + stage
          + " without "
          + field
          + found.map(value -> " (it holds the placeholder \"" + value + "\")").orElse("")
          + ".";
    }
  }

  /** A move that requires a reason code, made without one of the allowed codes. */
  record MissingReasonCode(
      String recordId,
      String eventKey,
      Instant occurredAt,
      String from,
      String to,
      Optional<String> given,
      List<String> allowed)
      implements ExceptionCase {
    public MissingReasonCode {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(given, "given");
      allowed = Values.list(allowed);
    }

    @Override
    public ExceptionType type() {
      return ExceptionType.MISSING_REASON_CODE;
    }

    @Override
    public String describe() {
      return "Record "
          + recordId
          + " moved from "
          + from
          + " to "
          + to
          + given
              .map(code -> " with reason code \"" + code + "\", which is not allowed")
              .orElse(" without a reason code")
          + "; allowed: "
          + String.join(", ", allowed)
          + ".";
    }
  }

  /** A stage entered by a record that does not meet one of its entry criteria. */
  record EntryCriteriaNotMet(
      String recordId, String eventKey, Instant occurredAt, String stage, String criterion)
      implements ExceptionCase {
    public EntryCriteriaNotMet {
      Objects.requireNonNull(stage, "stage");
      Objects.requireNonNull(criterion, "criterion");
    }

    @Override
    public ExceptionType type() {
      return ExceptionType.ENTRY_CRITERIA_NOT_MET;
    }

    @Override
    public String describe() {
      return "Record " + recordId + " entered " + stage + " but does not meet " + criterion + ".";
    }
  }

  /** An event older than the record's latest by more than the reorder window. */
  record OutOfOrderEvent(
      String recordId, String eventKey, Instant occurredAt, Instant latestApplied, Duration window)
      implements ExceptionCase {
    public OutOfOrderEvent {
      Objects.requireNonNull(latestApplied, "latestApplied");
      Objects.requireNonNull(window, "window");
    }

    /** How far behind the record's latest event this one is. */
    public Duration lateBy() {
      return Duration.between(occurredAt, latestApplied);
    }

    @Override
    public ExceptionType type() {
      return ExceptionType.OUT_OF_ORDER_EVENT;
    }

    @Override
    public String describe() {
      return "An event for record "
          + recordId
          + " arrived "
          + lateBy()
          + " behind the record's latest, beyond the "
          + window
          + " reorder window.";
    }
  }

  /** Incoming data that is missing, malformed or matches nothing it should. */
  record DataQualityFinding(
      String recordId,
      String eventKey,
      Instant occurredAt,
      DataQualityKind kind,
      String field,
      String value,
      String detail)
      implements ExceptionCase {
    public DataQualityFinding {
      Objects.requireNonNull(kind, "kind");
      field = Values.text(field);
      value = Values.text(value);
      detail = Values.text(detail);
    }

    @Override
    public ExceptionType type() {
      return ExceptionType.DATA_QUALITY;
    }

    @Override
    public String describe() {
      return "Record " + recordId + ": " + detail;
    }
  }

  /**
   * A record that entered a routed stage and that no routing rule could give to anyone, with no
   * fallback queue to take it: nobody owns it until someone does something.
   *
   * @param stage the routed stage it entered
   * @param explanation why each rule did not route it, as the routing decision gives it
   */
  record RoutingFailure(
      String recordId, String eventKey, Instant occurredAt, String stage, List<String> explanation)
      implements ExceptionCase {
    public RoutingFailure {
      Objects.requireNonNull(stage, "stage");
      explanation = Values.list(explanation);
    }

    @Override
    public ExceptionType type() {
      return ExceptionType.ROUTING_FAILURE;
    }

    @Override
    public String describe() {
      return "Record "
          + recordId
          + " entered "
          + stage
          + " and could not be routed: "
          + String.join("; ", explanation)
          + ".";
    }
  }

  /**
   * A record that looks like an earlier record of the same object: the same mailbox, the same
   * phone, or a name and company alike enough. Nothing is merged; a person decides.
   *
   * @param duplicateOf the earlier record it resembles
   * @param signals the accord's signals that matched, in the order the accord lists them
   * @param evidence the normalised values compared and their similarity
   */
  record SuspectedDuplicate(
      String recordId,
      String eventKey,
      Instant occurredAt,
      String duplicateOf,
      List<DuplicateSignal> signals,
      List<DuplicateEvidence> evidence)
      implements ExceptionCase {
    public SuspectedDuplicate {
      Objects.requireNonNull(duplicateOf, "duplicateOf");
      signals = Values.list(signals);
      evidence = Values.list(evidence);
    }

    @Override
    public ExceptionType type() {
      return ExceptionType.SUSPECTED_DUPLICATE;
    }

    @Override
    public String describe() {
      return "Record "
          + recordId
          + " looks like a duplicate of "
          + duplicateOf
          + " (same "
          + signals.stream()
              .map(signal -> signal.name().toLowerCase(Locale.ROOT).replace('_', ' '))
              .collect(Collectors.joining(", "))
          + ").";
    }
  }

  /**
   * A handoff's SLA clock ran past its due instant and its escalation ladder says to open an
   * exception. It is raised by the passing of time rather than by an event, so its key is made from
   * the handoff, the record, the run's start and the step, and a replay raises it once.
   *
   * @param occurredAt when the ladder's step fired
   * @param handoffId the handoff whose SLA was breached
   * @param startedAt when the breached run of the clock started
   * @param dueAt when it fell due
   */
  record SlaBreach(
      String recordId,
      String eventKey,
      Instant occurredAt,
      String handoffId,
      Instant startedAt,
      Instant dueAt)
      implements ExceptionCase {
    public SlaBreach {
      Objects.requireNonNull(handoffId, "handoffId");
      Objects.requireNonNull(startedAt, "startedAt");
      Objects.requireNonNull(dueAt, "dueAt");
    }

    @Override
    public ExceptionType type() {
      return ExceptionType.SLA_BREACH;
    }

    @Override
    public String describe() {
      return "Record "
          + recordId
          + " breached the "
          + handoffId
          + " SLA: its clock started at "
          + startedAt
          + " and fell due at "
          + dueAt
          + ".";
    }
  }

  /**
   * A person disputing a value the scorecard reports for a KPI. It stands for the KPI rather than a
   * record: its record id is the KPI's id, and its key is made from who raised it, when and why, so
   * that raising the same dispute twice queues it once.
   */
  record ReportingDispute(
      String kpiId, String eventKey, Instant occurredAt, String note, String raisedBy)
      implements ExceptionCase {
    public ReportingDispute {
      kpiId = Values.text(kpiId);
      note = Values.text(note);
      raisedBy = Values.text(raisedBy);
    }

    /** The dispute a person raises at the instant, with its key made from what it says. */
    public static ReportingDispute raise(String kpiId, String note, String raisedBy, Instant at) {
      String key =
          "dispute:"
              + kpiId
              + ":"
              + raisedBy
              + ":"
              + at
              + ":"
              + Integer.toHexString(note.hashCode());
      return new ReportingDispute(kpiId, key, at, note, raisedBy);
    }

    @Override
    public String recordId() {
      return kpiId;
    }

    @Override
    public ExceptionType type() {
      return ExceptionType.REPORTING_DISPUTE;
    }

    @Override
    public String describe() {
      return raisedBy + " disputes KPI " + kpiId + ": " + note;
    }
  }
}
