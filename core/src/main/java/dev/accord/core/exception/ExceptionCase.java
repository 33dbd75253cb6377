package dev.accord.core.exception;

import dev.accord.core.shared.Values;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
