package dev.accord.core.queue;

import dev.accord.core.shared.Values;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * One line of an exception's audit trail: who changed what, when, from which value to which. The
 * trail only grows; it is how a team shows what happened to an exception after the fact.
 *
 * @param at when the change was made
 * @param by who made it
 * @param what the property that changed
 * @param before its value before, empty text when it had none
 * @param after its value after
 */
public record AuditEntry(Instant at, String by, Audited what, String before, String after) {

  /** The properties of a queued exception that people change. */
  public enum Audited {
    OWNER,
    STATUS,
    RESOLUTION_CODE,
    COMMENT;

    public String word() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public AuditEntry {
    Objects.requireNonNull(at, "at");
    by = Values.text(by);
    Objects.requireNonNull(what, "what");
    before = Values.text(before);
    after = Values.text(after);
  }
}
