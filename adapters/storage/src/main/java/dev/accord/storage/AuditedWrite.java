package dev.accord.storage;

import java.time.Instant;
import java.util.Objects;

/**
 * One write made through the server, as the audit log keeps it.
 *
 * @param at when it was made
 * @param actor the person of the accord it was made for, or the system that sent it
 * @param via the credential it came with, such as {@code token 3 (crm-sync)} or {@code
 *     webhook:hubspot}
 * @param action what was asked, such as {@code POST /api/v1/exceptions/{id}/assign}
 * @param target what it was asked of: the path as called
 * @param status how it ended, as an HTTP status
 * @param detail a line on what it did or why it was refused
 */
public record AuditedWrite(
    Instant at, String actor, String via, String action, String target, int status, String detail) {

  public AuditedWrite {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(via, "via");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(detail, "detail");
  }
}
