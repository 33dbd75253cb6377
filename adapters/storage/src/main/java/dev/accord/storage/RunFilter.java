package dev.accord.storage;

import java.util.Objects;
import java.util.Optional;

/** Which SLA runs to list: of a handoff, an owner or a record; only open, or only breached ones. */
public record RunFilter(
    Optional<String> handoff,
    Optional<String> owner,
    Optional<String> recordId,
    boolean openOnly,
    boolean breachedOnly) {

  public RunFilter {
    Objects.requireNonNull(handoff, "handoff");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(recordId, "recordId");
  }

  public static RunFilter all() {
    return new RunFilter(Optional.empty(), Optional.empty(), Optional.empty(), false, false);
  }

  public static RunFilter ofRecord(String recordId) {
    return new RunFilter(Optional.empty(), Optional.empty(), Optional.of(recordId), false, false);
  }
}
