package dev.accord.core.queue;

import dev.accord.core.shared.Values;
import java.time.Instant;
import java.util.Objects;

/**
 * What the accord makes of a new exception: who owns it, how much it hurts and when it falls due.
 */
public record Triage(String owner, ExceptionSeverity severity, Instant dueAt) {

  public Triage {
    owner = Values.text(owner);
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(dueAt, "dueAt");
  }
}
