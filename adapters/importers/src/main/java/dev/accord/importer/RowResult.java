package dev.accord.importer;

import dev.accord.core.event.RecordEvent;
import dev.accord.core.exception.ExceptionCase;
import dev.accord.core.shared.Values;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one data row became: the events it tells, the data-quality findings on it, or — when it
 * could not be read — its quarantine entry and nothing else.
 */
public record RowResult(
    long rowNumber,
    List<RecordEvent> events,
    List<ExceptionCase> findings,
    Optional<Quarantine> rejected) {

  public RowResult {
    events = Values.list(events);
    findings = Values.list(findings);
    Objects.requireNonNull(rejected, "rejected");
    if (rejected.isPresent() && !events.isEmpty()) {
      throw new IllegalArgumentException("a quarantined row yields no events");
    }
  }

  static RowResult produced(
      long rowNumber, List<RecordEvent> events, List<ExceptionCase> findings) {
    return new RowResult(rowNumber, events, findings, Optional.empty());
  }

  static RowResult quarantined(Quarantine quarantine) {
    return new RowResult(quarantine.rowNumber(), List.of(), List.of(), Optional.of(quarantine));
  }

  public boolean isQuarantined() {
    return rejected.isPresent();
  }
}
