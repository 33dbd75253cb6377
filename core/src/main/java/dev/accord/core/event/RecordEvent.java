package dev.accord.core.event;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Something that happened to a CRM record. The family is closed: the lifecycle engine knows how to
 * apply each kind, and importers, webhooks and the stream all speak in these events.
 */
public sealed interface RecordEvent {

  EventHeader header();

  default String recordId() {
    return header().recordId();
  }

  default Instant occurredAt() {
    return header().occurredAt();
  }

  default String idempotencyKey() {
    return header().idempotencyKey();
  }

  /** A record appeared, in a stage and with its first field values. */
  record RecordCreated(
      EventHeader header, String stage, Map<String, String> fields, Optional<String> owner)
      implements RecordEvent {
    public RecordCreated {
      Objects.requireNonNull(header, "header");
      Objects.requireNonNull(stage, "stage");
      fields = FieldValues.copy(fields);
      Objects.requireNonNull(owner, "owner");
    }
  }

  /** Field values changed; an empty value clears the field. */
  record FieldsChanged(EventHeader header, Map<String, String> changes) implements RecordEvent {
    public FieldsChanged {
      Objects.requireNonNull(header, "header");
      changes = FieldValues.copy(changes);
    }
  }

  /** The record moved to another stage, with a reason code where one was given. */
  record StageChanged(EventHeader header, String toStage, Optional<String> reasonCode)
      implements RecordEvent {
    public StageChanged {
      Objects.requireNonNull(header, "header");
      Objects.requireNonNull(toStage, "toStage");
      Objects.requireNonNull(reasonCode, "reasonCode");
    }
  }

  /** The record was given to an owner: a person or a queue. */
  record OwnerAssigned(EventHeader header, String owner) implements RecordEvent {
    public OwnerAssigned {
      Objects.requireNonNull(header, "header");
      Objects.requireNonNull(owner, "owner");
    }
  }

  /** Someone touched the record: an email, a call or a meeting. */
  record ActivityLogged(EventHeader header, ActivityType type) implements RecordEvent {
    public ActivityLogged {
      Objects.requireNonNull(header, "header");
      Objects.requireNonNull(type, "type");
    }
  }

  /** A reason code was recorded, with a note, such as feedback on a rejected lead. */
  record DispositionRecorded(EventHeader header, String reasonCode, String note)
      implements RecordEvent {
    public DispositionRecorded {
      Objects.requireNonNull(header, "header");
      Objects.requireNonNull(reasonCode, "reasonCode");
      note = dev.accord.core.shared.Values.text(note);
    }
  }
}
