package dev.accord.core.event;

import dev.accord.core.shared.Values;
import java.time.Instant;
import java.util.Objects;

/**
 * What every event says about itself: which record it concerns, when it happened, where it came
 * from, who or what caused it, and the key that makes a second delivery of the same event harmless.
 *
 * @param recordId the CRM record's id, unique within its object type
 * @param objectType the object the record is, such as {@code lead} or {@code opportunity}
 * @param occurredAt when it happened in the source system, not when Accord heard of it
 * @param source the system it came from, such as {@code hubspot}, {@code csv:Leads.csv}
 * @param idempotencyKey identical for every delivery of the same event, distinct otherwise
 * @param actor the person or automation that caused it, as the source names them; may be empty
 */
public record EventHeader(
    String recordId,
    String objectType,
    Instant occurredAt,
    String source,
    String idempotencyKey,
    String actor) {

  public EventHeader {
    if (recordId == null || recordId.isBlank()) {
      throw new IllegalArgumentException("an event needs a record id");
    }
    objectType = Values.text(objectType);
    Objects.requireNonNull(occurredAt, "occurredAt");
    source = Values.text(source);
    if (idempotencyKey == null || idempotencyKey.isBlank()) {
      throw new IllegalArgumentException("an event needs an idempotency key");
    }
    actor = Values.text(actor);
  }
}
